import { describe, expect, it } from 'vitest';
import { classifyDisposition, exclusionOf } from '../../../src/pipeline/classify-disposition.ts';
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
  ] as const)('excludes "%s" as %s', (text, reason) => {
    expect(exclusionOf(unit(text, 'fragment'), 'journalist')).toBe(reason);
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
    ['**Did the new spines keep the mice well?**', 'speculative', 'open-question'],
    ['Previous studies have shown that lithium can reduce suicide risk.', 'asserted', 'background'],
    ['The rats treated with psilocybin regained interest in sugar water within a day.', 'asserted', 'finding'],
    ['Depression can be a very serious condition that needs better treatments.', 'asserted', 'background'],
  ] as const)('reads "%s" (%s) as %s', (text, hedgeLevel, kind) => {
    expect(classifyDisposition(unit(text), { voice: 'journalist', hedgeLevel })).toEqual({ disposition: 'claim', kind });
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
