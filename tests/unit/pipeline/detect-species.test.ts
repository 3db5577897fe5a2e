import { describe, expect, it } from 'vitest';
import { assignSpecies, canReportStudyOf, detectSpeciesMentions, speciesOfMentions } from '../../../src/pipeline/detect-species.ts';
import { extractMadeUpSource } from './made-up-source.ts';
import type { ClaimKind, Species } from '../../../src/schemas/vocabulary.ts';

function speciesIn(text: string, context: Species | null = null) {
  return speciesOfMentions(detectSpeciesMentions(text), context);
}

describe('species named in a sentence', () => {
  it.each([
    ['In mice, the drug appears to quickly improve circuits.', 'mouse'],
    ['The rats given psilocybin explored the maze longer.', 'rat'],
    ['Animal studies suggest that ketamine spurs spine growth.', 'animal'],
    ['In cultured neurons, the drug doubled the number of synapses.', 'cells'],
    ['Human T cells in vitro released less cytokine.', 'cells'],
    ['It has been used to treat thousands of people with depression.', 'human'],
    ['Clinical trials have demonstrated ketamine’s effectiveness.', 'human'],
    ['Drawing from preclinical and clinical studies, we explore the changes.', 'mixed'],
    ['The FDA approved the nasal spray.', null],
    ['In cultured mouse neurons, the metabolite raised calcium currents.', 'cells'],
  ] as const)('reads "%s" as %s', (text, species) => {
    expect(speciesIn(text)).toBe(species);
  });

  it('does not count a negated population: "used mice, not humans" is mice', () => {
    expect(speciesIn('The researchers used mice, not humans as their models.')).toBe('mouse');
  });

  it('does not count the population a finding is hoped to reach', () => {
    expect(speciesIn('Translating these findings to humans faces challenges.')).toBeNull();
  });

  it('does not count the population an approval is for, even past an apposition', () => {
    expect(speciesIn('The agency approved the spray, a form of the anaesthetic given in clinics, for adults with severe depression.')).toBeNull();
  });

  it('gives "the rodents" the species of the study in context', () => {
    expect(speciesIn('The rodents did not show depression-like symptoms.', 'mouse')).toBe('mouse');
    expect(speciesIn('The rodents did not show depression-like symptoms.', null)).toBe('animal');
  });
});

describe('assignSpecies', () => {
  const claim = (text: string, kind: ClaimKind = 'finding', study: string | null = 'moda-sava-2019', studyPopulation: Species | null = 'mouse') => ({ text, kind, study, studyPopulation });

  it('takes the species from the unit, else from the nearest claim about the same study, and says which', () => {
    const result = assignSpecies([
      claim('The stressed mice lost a lot of synapses.'),
      claim('It took less than six hours for the circuits to work better.'),
      claim('The second phase began over 12 hours later.', 'finding', 'other-study', 'rat'),
    ]);
    expect(result).toEqual([
      { species: 'mouse', speciesBasis: 'sentence' },
      { species: 'mouse', speciesBasis: 'context' },
      { species: 'rat', speciesBasis: 'study' },
    ]);
  });

  it('looks forward too: a headline above the sentence that names the population takes it from context', () => {
    expect(assignSpecies([claim('Ketamine may relieve depression', 'headline'), claim('In mice, the drug appears to work.')])[0]).toEqual({ species: 'mouse', speciesBasis: 'context' });
  });

  it('falls back on the study metadata, flagged as such, when the document never names the population', () => {
    expect(assignSpecies([claim('The quick effects come from new neurons.'), claim('This helps lift mood in hours.')])).toEqual([
      { species: 'mouse', speciesBasis: 'study' },
      { species: 'mouse', speciesBasis: 'study' },
    ]);
  });

  it('does not take cells from a side experiment in a dish as the population of the claims around it', () => {
    const rats = (text: string) => claim(text, 'finding', 'stress-study', 'rat');
    expect(assignSpecies([rats('In cultured rat neurons, the drug blocked the current.'), rats('The effect lasted for a week.')])[1]).toEqual({ species: 'rat', speciesBasis: 'study' });
    expect(assignSpecies([claim('In cultured neurons, the drug blocked the current.', 'finding', 'dish-study', 'cells'), claim('The effect lasted an hour.', 'finding', 'dish-study', 'cells')])[1]).toEqual({ species: 'cells', speciesBasis: 'context' });
  });

  it('gives background and opinion no species unless named, and commentary none even when named', () => {
    expect(assignSpecies([claim('The FDA approved Spravato in March.', 'background', null, null)])).toEqual([{ species: 'none', speciesBasis: 'none' }]);
    expect(assignSpecies([claim('There were 20,000 women in this study.', 'commentary', null, null)])).toEqual([{ species: 'none', speciesBasis: 'none' }]);
  });
});

describe('whether a sentence can report its source’s study', () => {
  it('holds that animals named alone cannot report a study of people, nor people named alone a study of animals', () => {
    expect(canReportStudyOf('finding', 'animal', 'human')).toBe(false);
    expect(canReportStudyOf('finding', 'mouse', 'human')).toBe(false);
    expect(canReportStudyOf('finding', 'human', 'mouse')).toBe(false);
    expect(canReportStudyOf('finding', 'human', 'animal')).toBe(false);
  });

  it('lets a sentence that names nothing, the same rung, cells or several populations report any study, and any sentence a review', () => {
    expect(canReportStudyOf('finding', null, 'human')).toBe(true);
    expect(canReportStudyOf('finding', 'mouse', 'animal')).toBe(true);
    expect(canReportStudyOf('finding', 'animal', 'mouse')).toBe(true);
    expect(canReportStudyOf('finding', 'human', 'human')).toBe(true);
    expect(canReportStudyOf('finding', 'cells', 'human')).toBe(true);
    expect(canReportStudyOf('finding', 'mixed', 'human')).toBe(true);
    expect(canReportStudyOf('finding', 'animal', 'mixed')).toBe(true);
    expect(canReportStudyOf('finding', 'mouse', null)).toBe(true);
  });

  it('lets a reading carry an animal study over to people, and a question or headline name anyone, but not a reading name animals under a study of people', () => {
    expect(canReportStudyOf('interpretation', 'human', 'mouse')).toBe(true);
    expect(canReportStudyOf('method', 'human', 'mouse')).toBe(false);
    expect(canReportStudyOf('interpretation', 'animal', 'human')).toBe(false);
    expect(canReportStudyOf('open-question', 'human', 'mouse')).toBe(true);
    expect(canReportStudyOf('headline', 'animal', 'human')).toBe(true);
  });

  it('leaves the study off a claim that names animals in a story about a study of people, and keeps it on the rest', () => {
    const { claims } = extractMadeUpSource({
      id: 'small-trial-story',
      kind: 'news-page',
      study: { id: 'small-trial', population: 'human' },
      body: ['The eleven volunteers felt better a day after the dose.', '', 'Animal studies suggest that the drug spurs new synapses within hours.', '', 'The researchers found that the brain’s hierarchy flattened.'],
    });
    const studyOf = (start: string) => claims.find((claim) => claim.text.startsWith(start))?.study;
    expect(studyOf('The eleven volunteers')).toBe('small-trial');
    expect(studyOf('Animal studies suggest')).toBeNull();
    expect(studyOf('The researchers found')).toBe('small-trial');
  });
});

describe('an interpretation that carries a study of animals over to people', () => {
  it('keeps the study, as a result or a method naming people would not', () => {
    const { claims } = extractMadeUpSource({
      id: 'mouse-story',
      kind: 'science-news',
      study: { id: 'mouse-study', population: 'mouse' },
      body: [
        'The mice recovered within hours of the dose, the team found.',
        '',
        'If the same holds in people, the metabolite might spare patients the side effects.',
        '',
        'In people, a single infusion improved mood within a day, earlier trials found.',
      ],
    });
    const claimOf = (start: string) => claims.find((claim) => claim.text.startsWith(start))!;
    expect([claimOf('If the same holds').kind, claimOf('If the same holds').study]).toEqual(['interpretation', 'mouse-study']);
    expect(claimOf('In people').study).toBeNull();
  });
});
