import { describe, expect, it } from 'vitest';
import { classifyDisposition, excludeCaptionsAndNotices, excludeHandles, excludePromotionMiddles, exclusionOf } from '../../../src/pipeline/classify-disposition.ts';
import type { UnitType } from '../../../src/schemas/vocabulary.ts';

function unit(text: string, unitType: UnitType = 'sentence', standalone = true) {
  return { text, unitType, standalone };
}
const journalist = { voice: 'journalist', hedgeLevel: 'asserted' } as const;

describe('exclusions', () => {
  it.each([
    ['Jump to content', 'boilerplate'],
    ['Link to comment', 'boilerplate'],
    ['Share on other sites', 'boilerplate'],
    ['Already have an account? Sign in here.', 'boilerplate'],
    ['HomePsychotropicNarcoticKetamine may treat depression', 'boilerplate'],
    ['Previous ArticleTMS NYC - TMS for Adolescents Next ArticleTMS in Pregnancy', 'boilerplate'],
    ['[Fi...]', 'boilerplate'],
    ['×', 'boilerplate'],
    ['If you would like a consultation on ketamine for depression, please call our office at 212-335-0236 or email us at', 'advertisement'],
    ['Reach the clinic on (415) 555-0199 today.', 'advertisement'],
    ['Play and Bet with free spins When will the fateful hour strike?', 'advertisement'],
    ['Visit us on Facebook', 'advertisement'],
    ['For more about mental health, please read studies about sleep.', 'advertisement'],
    ['Sunday, June 22, 2025', 'metadata'],
    ['Credit: Unsplash+', 'metadata'],
    ['(Image credit: AKIO75 via Shutterstock)', 'metadata'],
    ['https://science.sciencemag.org/content/364/6436/eaat8078', 'metadata'],
    ['Highlights', 'metadata'],
    ['RESULTS', 'metadata'],
    ['Dr. Janine Simmons', 'metadata'],
    ['Copyright © 2025 Knowridge Science Report. All rights reserved.', 'metadata'],
    ['Reply · Share · Like 4', 'boilerplate'],
    ['Share: Facebook · X · Email', 'boilerplate'],
    ['Upvote 12 | Downvote | Permalink', 'boilerplate'],
    ['Home › Forums › Treatment-Resistant Depression › Ketamine & Esketamine', 'boilerplate'],
    ['Posted May 6, 2016', 'metadata'],
    ['Edited May 7, 2016 by tmn_84', 'metadata'],
    ['Image: a laboratory mouse.', 'metadata'],
    ['More information: Zanos P, et al. Nature (2016).', 'metadata'],
    ['DOI: 10.1038/nature17998', 'metadata'],
    ['Read next: Ketamine clinics are multiplying.', 'advertisement'],
    ['Find a ketamine clinic near you.', 'advertisement'],
    ['Share · Copy link', 'boilerplate'],
    ['▲ 148 ▼ · Reply · Share', 'boilerplate'],
    ['Comments (212)', 'boilerplate'],
    ['Show 2 more replies', 'boilerplate'],
    ['maple_and_rust · 20 minutes ago', 'metadata'],
    ['By Lena Farrow · 14 May 2024 · 9 min read', 'metadata'],
    ['Comments opened 14 March 2024, 09:12', 'metadata'],
    ['Ketamine therapy from $399 per session.', 'advertisement'],
    ['About us | Contact | Privacy policy | Accessibility', 'boilerplate'],
    ['Subscribe on Apple Podcasts | Spotify | RSS', 'boilerplate'],
    ['Sponsored · Harbor Mind Clinics', 'advertisement'],
    ['The Morning Ledger · Health', 'metadata'],
    ['Neuropharmacology Journal Club Digest · Issue 14 · Spring 2023', 'metadata'],
    ['- Autry AE et al. (2011).', 'metadata'],
    ['- Li N et al. (2010). mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists.', 'metadata'],
    ['Nature 475:91-95.', 'metadata'],
    ['Biological Psychiatry 69:754-761.', 'metadata'],
    ['This episode is brought to you by Driftwood Sleep.', 'advertisement'],
    ['Go to driftwood.example and use code SYNAPSE for 20% off.', 'advertisement'],
    ['★★★★☆ "The care team answered every question within a day."', 'advertisement'],
    ['NovaMind Starter Plan: $299 for your first month, including your clinician visit and eight lozenges.', 'advertisement'],
    ['## Show notes', 'metadata'],
    ['We use cookies to remember your preferences and to count visits.', 'boilerplate'],
    ['Home > Conditions > Anxiety > Medicines', 'boilerplate'],
    ['Was this helpful to you?', 'boilerplate'],
    ['Yes | No', 'boilerplate'],
    ['Accept all | Cookie settings', 'boilerplate'],
    ['Comments are now closed.', 'boilerplate'],
    ['## Most viewed', 'boilerplate'],
    ['Please donate so that we can keep our phone lines open.', 'advertisement'],
    ['Our research relies on donations from readers like you.', 'advertisement'],
    ['Out of hours, ring 0800 555 0123 for advice.', 'advertisement'],
    ['Or call 020 7946 0958.', 'advertisement'],
    ['[^4]', 'metadata'],
    ['**Clarification:** This story was changed to give the trial’s full name.', 'metadata'],
  ] as const)('excludes "%s" as %s', (text, reason) => {
    expect(exclusionOf(unit(text, 'fragment'), 'journalist')).toBe(reason);
  });

  it('keeps sentences that use widget words, stand between arrows, name a date or an office, as sentences', () => {
    expect(exclusionOf(unit('Patients like the nasal spray · it is quick.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('“At our center, 70% of patients responded within 24 hours,” said Liston.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('On May 6, 2016 the team reported that the metabolite lifted mood in mice.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('The drug costs less than $1 a dose to make, the authors say, but trials cost millions.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('Liston and Beyeler (2019) found that spines returned within a day.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('Responses rose 20% in the week after the dose.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('Stress › fewer spines › low mood, the authors propose.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('Posted results show that ketamine lifts mood within a day.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('Depression > anxiety > insomnia was the order of complaints in the survey.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('Patients received 0.5 mg per kg over 40 minutes.'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('Typical reactions to the infusion include:'), 'journalist')).toBeNull();
    expect(exclusionOf(unit('Donated brain tissue showed fewer synapses in the habenula.'), 'journalist')).toBeNull();
  });

  it('takes a forum user’s handle with digits or underscores on its own line as metadata, but not a one-word reply', () => {
    expect(exclusionOf(unit('tmn_84', 'fragment'), 'forum')).toBe('metadata');
    for (const reply of ['Agreed.', 'lol', 'thanks.', 'ketamine', '50mg']) expect(exclusionOf(unit(reply, 'fragment'), 'forum'), reply).toBeNull();
  });

  it('takes a plain lower-case word as a handle only right above a post’s date line', () => {
    const units = [unit('quietriver', 'fragment'), unit('Posted May 6, 2016', 'fragment'), unit('lol', 'fragment'), unit('Me too.', 'fragment')];
    const claims = units.map(() => ({ disposition: 'claim', kind: 'commentary' }) as const);
    const voices = units.map(() => 'forum' as const);
    expect(excludeHandles(units, claims, voices).map((disposition) => disposition.disposition)).toEqual(['excluded', 'claim', 'claim', 'claim']);
    expect(excludeHandles(units, claims, units.map(() => 'journalist' as const)).map((disposition) => disposition.disposition)).toEqual(['claim', 'claim', 'claim', 'claim']);
  });

  it('takes a section heading that asks or names a question as its label, and keeps the page title that does', () => {
    for (const heading of ['What the team did', 'How does it work?', 'What is ketamine?']) {
      expect(exclusionOf(unit(heading, 'heading'), 'journalist', true), heading).toBe('metadata');
    }
    expect(exclusionOf(unit('How ketamine helps depression quickly and over time', 'heading'), 'journalist', false)).toBeNull();
    expect(exclusionOf(unit('How ketamine rebuilds synapses within 24 hours', 'heading'), 'journalist', true)).toBeNull();
    expect(exclusionOf(unit('Ketamine restores lost spines', 'heading'), 'journalist', true)).toBeNull();
  });

  it('takes a credit line, footnote markers left alone and a registration line as metadata even when they end like sentences', () => {
    expect(exclusionOf(unit('Photograph: R. Lind/Wire Agency.'), 'journalist')).toBe('metadata');
    expect(exclusionOf(unit('[^a][^b]'), 'journalist')).toBe('metadata');
    expect(exclusionOf(unit('Registered charity no. 7654321 in England and Wales.'), 'journalist')).toBe('metadata');
  });

  it('keeps a row of footer links after a reference list boilerplate, and the references metadata', () => {
    expect(exclusionOf(unit('Home | Blog | Contact | Privacy', 'fragment'), 'journalist', true, 'references')).toBe('boilerplate');
    expect(exclusionOf(unit('Okafor B et al. Stress and the synapse.'), 'journalist', true, 'references')).toBe('metadata');
  });

  it('takes a sentence between two advertisements of one paragraph as part of the promotion, but not across paragraphs', () => {
    const ad = { disposition: 'excluded', reason: 'advertisement' } as const;
    const claim = { disposition: 'claim', kind: 'background' } as const;
    expect(excludePromotionMiddles([{ block: 3 }, { block: 3 }, { block: 3 }], [ad, claim, ad])[1]).toEqual(ad);
    expect(excludePromotionMiddles([{ block: 2 }, { block: 3 }, { block: 4 }], [ad, claim, ad])[1]).toEqual(claim);
    expect(excludePromotionMiddles([{ block: 3 }, { block: 3 }], [ad, claim])[1]).toEqual(claim);
  });

  it('takes an italic paragraph right under an image as its caption, and a correction notice as metadata to its end', () => {
    const claim = { disposition: 'claim', kind: 'background' } as const;
    const image = { disposition: 'excluded', reason: 'metadata' } as const;
    const units = [
      { text: '![A vole in a cage](vole.jpg)', block: 0 },
      { text: '*A vole of the strain used in the study.', block: 1 },
      { text: 'Photo: K. Aoki*', block: 1 },
      { text: '*The voles slept longer after the drug.*', block: 2 },
      { text: '**Clarification:** This story first gave the wrong dose.', block: 3 },
      { text: 'The dose was 10 mg per kg.', block: 3 },
      { text: 'The dose was 10 mg per kg in the second trial.', block: 4 },
    ];
    const result = excludeCaptionsAndNotices(units, [image, claim, claim, claim, claim, claim, claim]);
    expect(result.map((disposition) => disposition.disposition)).toEqual(['excluded', 'excluded', 'excluded', 'claim', 'excluded', 'excluded', 'claim']);
  });

  it('keeps a real sentence that mentions signing in', () => {
    expect(exclusionOf(unit('Patients who sign in to the trial portal reported fewer symptoms after the infusion.'), 'journalist')).toBeNull();
  });

  it('labels a paper title without a verb as metadata but keeps an asserting headline', () => {
    expect(exclusionOf(unit('Neuroplasticity and psychedelics: A comprehensive examination of classic compounds', 'fragment'), 'journalist')).toBe('metadata');
    expect(exclusionOf(unit('Ketamine may treat depression', 'heading'), 'journalist')).toBeNull();
  });

  it('keeps a forum participant\'s quoted phrase as commentary, not a label', () => {
    expect(classifyDisposition(unit('“In mice”', 'fragment'), { voice: 'forum', hedgeLevel: 'asserted' })).toEqual({ disposition: 'claim', kind: 'commentary' });
  });
});

describe('claim kinds', () => {
  it.each([
    ['The research suggests that ketamine triggers a two-step process that relieves depression.', 'hedged', 'interpretation'],
    ['They found that the mice lost dendritic spines more quickly than the control mice.', 'asserted', 'finding'],
    ['To find out, the team used a technology that makes living brain cells glow under a microscope.', 'asserted', 'method'],
    ['The Food and Drug Administration in March approved Spravato, a nasal spray.', 'asserted', 'background'],
    ['However, researchers are still unsure how this substance acts in the brain.', 'speculative', 'open-question'],
    ['Relatively little is known about the longer-term effects of esketamine.', 'speculative', 'open-question'],
    ['Was the drug really creating all these new synapses in just a couple of hours?', 'speculative', 'open-question'],
    ['Previous studies have shown that lithium can reduce suicide risk.', 'asserted', 'background'],
    ['The rats treated with psilocybin regained interest in sugar water within a day.', 'asserted', 'finding'],
    ['Depression can be a very serious condition that needs better treatments.', 'asserted', 'background'],
    ['Brexanolone is a neurosteroid given by infusion over sixty hours.', 'asserted', 'background'],
    ['You will be watched for an hour after each infusion.', 'asserted', 'background'],
    ['The drug has been studied in people with bipolar depression since 2010.', 'asserted', 'background'],
    ['Psilocybin is not licensed for any psychiatric use in Europe.', 'asserted', 'background'],
    ['An advisory committee backed the drug by a wide margin.', 'asserted', 'background'],
    ['Marketed as Zulresso, the drug is given in hospital.', 'asserted', 'background'],
    ['Researchers still do not fully understand why the effect fades.', 'asserted', 'open-question'],
    ['Volunteers were randomly allocated to the drug or to saline.', 'asserted', 'method'],
    ['Grooming fell by half compared with controls.', 'asserted', 'finding'],
    ['The rise in spine density depended on BDNF.', 'asserted', 'finding'],
    ['Arketamine is one of the two mirror-image forms of ketamine.', 'asserted', 'background'],
    ['The FDA added a warning about the drug to its label.', 'asserted', 'background'],
    ['The infusions are rarely covered by insurance.', 'asserted', 'background'],
    ['Each volunteer received the drug and saline in random order.', 'asserted', 'method'],
    ['A second team repeated the experiment in 40 patients.', 'asserted', 'method'],
    ['Older antidepressants typically need a month before patients notice a change.', 'asserted', 'background'],
    ['Doctors worry about misuse of the drug outside clinics.', 'asserted', 'background'],
  ] as const)('reads "%s" (%s) as %s', (text, hedgeLevel, kind) => {
    expect(classifyDisposition(unit(text), { voice: 'journalist', hedgeLevel })).toEqual({ disposition: 'claim', kind });
  });

  it('reads a bold question run into a paragraph as an open question, and one on its own line as the label of what follows', () => {
    const question = '**Did the new spines keep the mice well?**';
    expect(classifyDisposition(unit(question, 'sentence', false), { voice: 'journalist', hedgeLevel: 'speculative' })).toEqual({ disposition: 'claim', kind: 'open-question' });
    expect(classifyDisposition(unit(question, 'fragment', true), { voice: 'journalist', hedgeLevel: 'speculative' })).toEqual({ disposition: 'excluded', reason: 'metadata' });
    expect(classifyDisposition(unit('**Will I need to stop my other medications?**', 'fragment', true), journalist)).toEqual({ disposition: 'excluded', reason: 'metadata' });
  });

  it('reads a title that tells its story in the past tense as a headline, not a label', () => {
    expect(exclusionOf(unit('The small trial that started it all: how seven patients changed depression research', 'heading'), 'journalist')).toBeNull();
  });

  it('reads an asserting title as a headline', () => {
    expect(classifyDisposition(unit('How ketamine helps depression quickly and over time', 'heading'), journalist)).toEqual({ disposition: 'claim', kind: 'headline' });
  });

  it('reads every forum post as commentary whatever it says', () => {
    expect(classifyDisposition(unit('They found that the mice lost spines.'), { voice: 'forum', hedgeLevel: 'asserted' })).toEqual({ disposition: 'claim', kind: 'commentary' });
  });

  it('lets the main clause decide after an opening "Although" clause', () => {
    expect(classifyDisposition(unit('Although more research is needed, the team found that spines returned.'), journalist)).toEqual({ disposition: 'claim', kind: 'finding' });
  });
});
