import { fileURLToPath } from 'node:url';
import { FORUM_HEDGE_PHRASES } from '../../fixtures/forum-hedge-phrases.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import type { ExtractedSource } from '../../../src/pipeline/extract-claims.ts';
import { extractMadeUpSource } from './made-up-source.ts';
import { collapseWhitespace } from '../../../src/pipeline/split-sentences.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let corpus: ExtractedSource[];
const sourceNamed = (id: string) => corpus.find((entry) => entry.source.id === id)!;

beforeAll(() => {
  corpus = loadCorpus(root);
});

describe('every character of every source is accounted for', () => {
  it('reads the five sources', () => {
    expect(corpus.map((entry) => entry.source.id)).toEqual([
      'clinic-blog-repairing-brain-circuits',
      'forum-thread-npr-repairing-brain-circuits',
      'ketamine-spines-mouse-study-report',
      'knowridge-ketamine-quickly-and-over-time',
      'news-page-ketamine-brain-hierarchies',
    ]);
  });

  it('covers all non-blank text of each body with claims and exclusions, each character once', () => {
    for (const { source, text, claims, exclusions } of corpus) {
      const owner = new Array<number>(text.length).fill(0);
      for (const unit of [...claims, ...exclusions]) for (let index = unit.span.start; index < unit.span.end; index++) owner[index]! += 1;
      const uncovered: string[] = [];
      const doubled: number[] = [];
      for (let index = source.bodyStart; index < text.length; index++) {
        if (owner[index]! > 1) doubled.push(index);
        if (owner[index] === 0 && !/\s/u.test(text[index]!)) uncovered.push(text[index]!);
      }
      expect({ source: source.id, uncovered, doubled }).toEqual({ source: source.id, uncovered: [], doubled: [] });
    }
  });

  it('slices each claim and exclusion out of the file at its span', () => {
    for (const { text, claims, exclusions } of corpus) {
      for (const unit of [...claims, ...exclusions]) expect(collapseWhitespace(text.slice(unit.span.start, unit.span.end))).toBe(unit.text);
    }
  });

  it('slices each hedge cue and timescale out of the file at its offsets, inside its claim', () => {
    for (const { text, claims } of corpus) {
      for (const claim of claims) {
        for (const cue of claim.hedge.cues) {
          expect(text.slice(cue.start, cue.end)).toBe(cue.text);
          expect(cue.start >= claim.span.start && cue.end <= claim.span.end).toBe(true);
        }
        for (const timescale of claim.timescales) expect(text.slice(timescale.span.start, timescale.span.end)).toBe(timescale.text);
      }
    }
  });

  it('gives two runs over the same input the same output', () => {
    expect(JSON.stringify(loadCorpus(root))).toBe(JSON.stringify(corpus));
  });
});

describe('duplicates', () => {
  it('never repeats a claim text within one source', () => {
    for (const { claims } of corpus) {
      const texts = claims.map((claim) => claim.text.toLowerCase());
      expect(texts.length).toBe(new Set(texts).size);
    }
  });

  it('points each quoted copy in the forum at the first occurrence, which is a claim', () => {
    const forum = sourceNamed('forum-thread-npr-repairing-brain-circuits');
    const duplicates = forum.exclusions.filter((exclusion) => exclusion.reason === 'duplicate');
    const claimIds = new Set(forum.claims.map((claim) => claim.id));
    expect(duplicates.length).toBeGreaterThan(40);
    for (const duplicate of duplicates) {
      expect(claimIds.has(duplicate.duplicateOf!)).toBe(true);
      const original = forum.claims.find((claim) => claim.id === duplicate.duplicateOf)!;
      expect(original.span.start).toBeLessThan(duplicate.span.start);
    }
    const jack = forum.claims.filter((claim) => claim.text.startsWith('I.e., they don’t know jack'));
    expect(jack).toHaveLength(1);
    expect(duplicates.filter((duplicate) => duplicate.duplicateOf === jack[0]!.id)).toHaveLength(3);
  });
});

describe('page furniture is excluded, never claimed', () => {
  const furniture = [
    /\d{3}-\d{3}-\d{4}/u,
    /office locations/iu,
    /Visit us on Facebook/u,
    /Play and Bet/u,
    /Advertisment/u,
    /please read studies about/iu,
    /Link to comment/u,
    /Share on other sites/u,
    /Sign in/iu,
    /Create an account/iu,
    /Jump to content/u,
    /Recommended Posts/u,
    /Previous Article/u,
    /RELATED ARTICLES/u,
    /Recent Comments/u,
    /^Credit:/u,
    /Image credit/u,
    /^Copyright/u,
  ];
  it.each(furniture.map((pattern) => [pattern]))('claims nothing matching %s', (pattern) => {
    const claimed = corpus.flatMap((entry) => entry.claims).filter((claim) => pattern.test(claim.text));
    expect(claimed.map((claim) => claim.text)).toEqual([]);
    expect(corpus.flatMap((entry) => entry.exclusions).some((exclusion) => pattern.test(exclusion.text))).toBe(true);
  });

  it('gives the clinic’s phone number and the betting ad the reason advertisement', () => {
    const reasons = corpus.flatMap((entry) => entry.exclusions).filter((exclusion) => /212-335-0236|free spins/u.test(exclusion.text)).map((exclusion) => exclusion.reason);
    expect(reasons).toEqual(['advertisement', 'advertisement']);
  });
});

describe('species', () => {
  it('gives the Knowridge study claims species mouse with basis study, since the article never says mice', () => {
    const knowridge = sourceNamed('knowridge-ketamine-quickly-and-over-time');
    expect(knowridge.text.slice(knowridge.source.bodyStart).toLowerCase()).not.toMatch(/\bmice\b|\bmouse\b|\brodents?\b/u);
    const studyClaims = knowridge.claims.filter((claim) => claim.study === 'rawat-kessler-2025');
    expect(studyClaims.length).toBeGreaterThan(5);
    for (const claim of studyClaims) {
      if (claim.speciesBasis !== 'sentence') expect([claim.species, claim.speciesBasis]).toEqual(['mouse', 'study']);
    }
    const found = knowridge.claims.find((claim) => claim.text.startsWith('The researchers found that ketamine works in two different ways'))!;
    expect([found.species, found.speciesBasis]).toEqual(['mouse', 'study']);
  });

  it('reads "In mice, the drug appears to…" as mouse from the sentence', () => {
    const claim = corpus.flatMap((entry) => entry.claims).find((candidate) => candidate.text.startsWith('In mice, the drug appears to'))!;
    expect([claim.species, claim.speciesBasis]).toEqual(['mouse', 'sentence']);
  });

  it('reads the 12-hour quote inside the NPR account of the mouse study as mouse from context', () => {
    const claim = corpus.flatMap((entry) => entry.claims).find((candidate) => candidate.text.startsWith('"It wasn\'t until 12 hours after ketamine'))!;
    expect([claim.species, claim.speciesBasis]).toEqual(['mouse', 'context']);
  });
});

describe('timescales', () => {
  const claims = () => corpus.flatMap((entry) => entry.claims);
  const timescaleTexts = () => claims().flatMap((claim) => claim.timescales.map((timescale) => timescale.text.toLowerCase()));

  it.each(['in march', 'in 2019', 'since the 1980s', 'june 19', '60 years'])('never reads "%s" as a timescale', (phrase) => {
    expect(timescaleTexts().filter((text) => text.includes(phrase))).toEqual([]);
  });

  it.each([
    ['within 3 hours', 0, 3, 'hours'],
    ['less than six hours', 0, 6, 'hours'],
    ['between 12 and 24 hours', 12, 24, 'hours'],
    ['2 to 7 days', 48, 168, 'days'],
    ['a week or more', 168, null, 'days'],
    ['within one day', 0, 24, 'hours'],
  ] as const)('reads "%s" in the sources as %s to %s hours, phase %s', (phrase, fromHours, toHours, phase) => {
    const match = claims()
      .flatMap((claim) => claim.timescales)
      .find((timescale) => timescale.text.toLowerCase().includes(phrase));
    expect(match && { fromHours: match.fromHours, toHours: match.toHours, phase: match.phase }).toEqual({ fromHours, toHours, phase });
  });

  it('reads "within several weeks" in the clinic blog as phase weeks', () => {
    const match = claims()
      .flatMap((claim) => claim.timescales)
      .find((timescale) => timescale.text.toLowerCase().includes('several weeks'));
    expect(match?.phase).toBe('weeks');
  });
});

describe('hedges in the NPR story', () => {
  const readersList = FORUM_HEDGE_PHRASES;

  it.each(readersList.map((phrase) => [phrase]))('catches a cue inside "%s" where it stands in the story', (phrase) => {
    const forum = sourceNamed('forum-thread-npr-repairing-brain-circuits');
    const npr = forum.source.sections.find((section) => section.quoting === 'NPR' && section.from.startsWith('"The anesthetic'))!;
    const sectionStart = forum.text.indexOf(npr.from);
    const sectionEnd = forum.text.indexOf(npr.to) + npr.to.length;
    // The reader typed curly apostrophes where the story has straight ones.
    const plain = (text: string) => text.toLowerCase().replace(/’/gu, "'");
    const at = plain(forum.text.slice(sectionStart, sectionEnd)).indexOf(plain(phrase)) + sectionStart;
    expect(at).toBeGreaterThanOrEqual(sectionStart);
    const claim = forum.claims.find((candidate) => candidate.span.start <= at && at < candidate.span.end)!;
    const overlapping = claim.hedge.cues.filter((cue) => cue.start < at + phrase.length && cue.end > at);
    expect(overlapping.length, `no cue inside "${phrase}" in: ${claim.text}`).toBeGreaterThan(0);
    expect(claim.hedge.level).not.toBe('asserted');
  });

  it('does not read "In mice" or ability "can" as a hedge', () => {
    const forum = sourceNamed('forum-thread-npr-repairing-brain-circuits');
    const first = forum.claims.find((claim) => claim.text.startsWith('"The anesthetic ketamine can relieve depression'))!;
    expect(first.hedge).toEqual({ level: 'asserted', cues: [] });
    for (const claim of forum.claims) expect(claim.hedge.cues.map((cue) => cue.text.toLowerCase())).not.toContain('in mice');
  });
});

describe('speakers and studies', () => {
  it('attributes the quotes in the NPR story to Liston and Beyeler by name', () => {
    const forum = sourceNamed('forum-thread-npr-repairing-brain-circuits');
    const speakerOf = (start: string) => forum.claims.find((claim) => claim.text.startsWith(start))!.speaker;
    expect(speakerOf('"There\'s probably no such thing as a depressed mouse,"')).toBe('Conor Liston');
    expect(speakerOf('But there are still many remaining questions, she says.')).toBe('Anna Beyeler');
    expect(speakerOf('Previous research has found evidence')).toBe('journalist');
  });

  it('gives the pasted abstracts the voice abstract and their own study', () => {
    const page = sourceNamed('news-page-ketamine-brain-hierarchies');
    const review = page.claims.find((claim) => claim.text.startsWith('This manuscript reviews the clinical evidence'))!;
    expect([review.speaker, review.study]).toEqual(['abstract', 'review-ketamine-esketamine']);
    const talk = page.claims.find((claim) => claim.text.startsWith('DENVER'))!;
    // The next sentence names "living people", so the species is known from context, not only from metadata.
    expect([talk.speaker, talk.study, talk.species, talk.speciesBasis]).toEqual(['journalist', 'psychedelic-science-2025-talk', 'human', 'context']);
  });

  it('gives forum opinion the kind commentary and the speaker forum', () => {
    const forum = sourceNamed('forum-thread-npr-repairing-brain-circuits');
    const opinion = forum.claims.find((claim) => claim.text.startsWith('I.e., they don’t know jack'))!;
    expect([opinion.kind, opinion.speaker]).toEqual(['commentary', 'forum']);
  });
});

describe('topics', () => {
  it('tags claims about spines with dendritic-spines and the hippocampus claim with hippocampus and bmp-signaling', () => {
    const all = corpus.flatMap((entry) => entry.claims);
    expect(all.find((claim) => claim.text.startsWith('More specifically, the team focused on dendritic spines'))?.topics).toContain('dendritic-spines');
    const hippocampal = all.find((claim) => claim.text.includes('called the hippocampus'))!;
    expect(hippocampal.topics).toEqual(expect.arrayContaining(['hippocampus', 'bmp-signaling']));
  });
});

describe('a forum post that quotes an article in a block quote', () => {
  const { claims } = extractMadeUpSource({
    id: 'metabolite-thread',
    kind: 'forum-thread',
    study: { id: 'metabolite-study', population: 'mouse' },
    body: [
      'Has anyone read this?',
      '',
      '> Given on its own, the metabolite worked as an antidepressant in mice within an hour. The effect was still there 24 hrs later.',
      '',
      'I think it sounds too good to be true.',
    ],
  });
  const claimOf = (start: string) => claims.find((claim) => claim.text.startsWith(start))!;

  it('reads the quoted sentences in the article’s voice, as reports of the study, with the species the quote names', () => {
    for (const start of ['> Given on its own', 'The effect was still there']) {
      const claim = claimOf(start);
      expect(claim, start).toBeDefined();
      expect([claim.speaker, claim.kind, claim.study, claim.species], start).toEqual(['journalist', 'finding', 'metabolite-study', 'mouse']);
    }
  });

  it('keeps the participants’ own words commentary', () => {
    expect(claimOf('I think it sounds').kind).toBe('commentary');
    expect(claimOf('I think it sounds').speaker).toBe('forum');
  });
});

describe('a forum post that quotes another post in a block quote', () => {
  const { claims } = extractMadeUpSource({
    id: 'post-quotes',
    kind: 'forum-thread',
    body: [
      'Has anyone tried it?',
      '',
      '> quietriver said:',
      '> They found the mice recovered within hours of the dose.',
      '',
      '> I tried ketamine at a clinic and honestly felt nothing for weeks.',
      '',
      'Same for me.',
    ],
  });

  it('keeps a quotation that names its poster, or speaks in the first person, in the forum’s voice', () => {
    for (const start of ['> I tried ketamine', 'They found the mice']) {
      const claim = claims.find((candidate) => candidate.text.startsWith(start) || candidate.text.startsWith(`> ${start}`));
      expect(claim, start).toBeDefined();
      expect([claim!.speaker, claim!.kind], start).toEqual(['forum', 'commentary']);
    }
  });
});

describe('a page that reports several studies', () => {
  const { claims } = extractMadeUpSource({
    id: 'several-studies',
    kind: 'news-article',
    studies: [
      { id: 'lindqvist-2020', label: 'Lindqvist et al. 2020', population: 'human' },
      { id: 'okafor-2015', label: 'Okafor et al. 2015', population: 'rat' },
      { id: 'brandt-2017', label: 'Brandt et al. 2017', population: 'mouse' },
    ],
    body: [
      'In the trial, patients given the drug relapsed less often than those given placebo.',
      '',
      'A paper published in 2017 found that the drug restored grooming in stressed mice. The effect depended on new protein synthesis. Other studies, in rats, showed that the drug increased spine density within a day.',
      '',
      'Patients reported less anhedonia after the second dose.',
    ],
  });
  const studyOf = (start: string) => claims.find((claim) => claim.text.startsWith(start))!.study;

  it('gives a unit that names a study by its year that study, and the rest of its paragraph too', () => {
    expect(studyOf('A paper published in 2017')).toBe('brandt-2017');
    expect(studyOf('The effect depended')).toBe('brandt-2017');
  });

  it('turns to the one study of a population when the paragraph turns to other studies that name it', () => {
    expect(studyOf('Other studies, in rats')).toBe('okafor-2015');
  });

  it('goes back to the source’s own study in the next paragraph', () => {
    expect(studyOf('In the trial')).toBe('lindqvist-2020');
    expect(studyOf('Patients reported')).toBe('lindqvist-2020');
  });
});

describe('a blog post with readers’ comments under it', () => {
  const { claims } = extractMadeUpSource({
    id: 'post-with-comments',
    kind: 'science-news',
    study: { id: 'vole-study', population: 'animal' },
    body: ['# A single dose lifts mood in stressed voles', '', 'The voles treated with the drug groomed more within a day.', '', '## 2 comments', '', 'I had an infusion and felt better within a day.', '', 'Voles are not people.'],
  });
  const claimOf = (start: string) => claims.find((claim) => claim.text.startsWith(start))!;

  it('reads the comments as forum posts: commentary, no study, species none', () => {
    for (const start of ['I had an infusion', 'Voles are not people']) {
      const claim = claimOf(start);
      expect([claim.speaker, claim.kind, claim.study, claim.species], start).toEqual(['forum', 'commentary', null, 'none']);
    }
  });

  it('keeps the post itself in the writer’s voice', () => {
    expect([claimOf('The voles treated').speaker, claimOf('The voles treated').kind]).toEqual(['journalist', 'finding']);
  });
});

describe('a news story that asks an outside expert for comment', () => {
  const { claims } = extractMadeUpSource({
    id: 'outside-expert',
    kind: 'news-article',
    study: { id: 'vole-trial', population: 'human' },
    body: ['Patients given the drug slept longer than those given placebo.', '', '“Patients sleeping longer is a big deal,” said Dr. Ines Moreau, a neurologist who was not involved in the study.'],
  });

  it('reads the expert’s quote as commentary, with no study and no species', () => {
    const quote = claims.find((claim) => claim.text.startsWith('“Patients sleeping'))!;
    expect([quote.kind, quote.speaker, quote.study, quote.species]).toEqual(['commentary', 'Ines Moreau', null, 'none']);
  });
});

describe('a news story on an approval', () => {
  const { claims } = extractMadeUpSource({
    id: 'approval-story',
    kind: 'news-article',
    study: { id: 'spray-trial', population: 'human' },
    body: ['# Regulator approves a nasal spray for insomnia', '', 'In the trial, patients who used the spray slept an hour longer than those who used placebo.'],
  });

  it('gives a headline that tells an approval no study and no species, and the trial’s result its study', () => {
    const headline = claims.find((claim) => claim.kind === 'headline')!;
    expect([headline.study, headline.species]).toEqual([null, 'none']);
    expect(claims.find((claim) => claim.text.startsWith('In the trial'))!.study).toBe('spray-trial');
  });
});
