import { describe, expect, it } from 'vitest';
import { comparableStatement } from '../../../src/findings/comparable-statement.ts';
import { changeAgreement, isGeneral, keyCounts, relateSpecies, scorePair, statedSpecies, weighOverlap, wordSimilarity, type ComparableStatement } from '../../../src/findings/score-pair.ts';
import { SIMILARITY_WEIGHTS } from '../../../src/findings/similarity-weights.ts';
import { splitStatements } from '../../../src/findings/split-statements.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim } from './claims.fixture.ts';

const one = () => 1;

function statement(text: string, fields: Partial<Claim> = {}): ComparableStatement {
  const [first] = splitStatements(claim(text, fields), () => fields.topics ?? []);
  return comparableStatement(first!);
}

describe('the parts of a pair score', () => {
  it('weighs what two statements share against what each has alone: all shared is 1, nothing shared 0', () => {
    expect(wordSimilarity(weighOverlap(keyCounts(new Set(['a', 'b'])), keyCounts(new Set(['a', 'b'])), one))).toBe(1);
    expect(wordSimilarity(weighOverlap(keyCounts(new Set(['a'])), keyCounts(new Set(['b'])), one))).toBe(0);
  });

  it('keeps the credit of a short telling whose words all recur in a long one', () => {
    // Shared 2, alone 0 and 4: nothing of the short one is left out, so the similarity is 1.
    expect(wordSimilarity(weighOverlap(keyCounts(new Set(['a', 'b'])), keyCounts(new Set(['a', 'b', 'c', 'd', 'e', 'f'])), one))).toBe(1);
    // Shared 1, alone 1 and 1: 1 / (1 + 0.5) = 2/3.
    expect(wordSimilarity(weighOverlap(keyCounts(new Set(['a', 'b'])), keyCounts(new Set(['a', 'c'])), one))).toBeCloseTo(2 / 3);
  });

  it('counts a borrowed key less than a statement\'s own', () => {
    const own = keyCounts(new Set(['a']), new Set(['b']));
    expect([own.get('a'), own.get('b')]).toEqual([1, 0.3]);
    expect(weighOverlap(own, keyCounts(new Set(['b'])), one).shared).toBeCloseTo(0.3);
  });

  it('relates species: the same 1, a named rodent and "animals" 0.5, an unknown 0, mice and people never', () => {
    expect([relateSpecies('mouse', 'mouse'), relateSpecies('animal', 'mouse'), relateSpecies('none', 'human'), relateSpecies('mouse', 'human')]).toEqual([1, 0.5, 0, null]);
  });

  it('gives the words more weight than time, study and species together', () => {
    expect(SIMILARITY_WEIGHTS.words).toBeGreaterThan(SIMILARITY_WEIGHTS.timescale + SIMILARITY_WEIGHTS.study + SIMILARITY_WEIGHTS.species);
  });

  it('keeps shared words in full for the same change, half for changes of different kinds, a quarter for opposite ones', () => {
    expect(changeAgreement(new Set(['#lose']), new Set(['#lose']))).toBe(1);
    expect(changeAgreement(new Set(['#sustain']), new Set(['#rebuild']))).toBe(0.5);
    expect(changeAgreement(new Set(['#lose']), new Set(['#rebuild']))).toBe(0.25);
    expect(changeAgreement(new Set(), new Set(['#rebuild']))).toBe(1);
  });
});

describe('scorePair', () => {
  const sixHours = statement('After the mice got ketamine, it took less than six hours for the brain circuits damaged by stress to begin working better.', { id: 'npr', sourceId: 'npr' });
  const threeHours = statement('Mice that received ketamine showed behavioral improvements within 3 hours of treatment.', { id: 'report', sourceId: 'report' });

  it('adds up its parts with the declared weights', () => {
    const score = scorePair(sixHours, threeHours, one);
    expect(score.veto).toBeNull();
    expect(score.timescale).toBe('close');
    expect(score.study).toBe(1);
    expect(score.species).toBe(1);
    const context = SIMILARITY_WEIGHTS.timescale * 0.75 + SIMILARITY_WEIGHTS.study + SIMILARITY_WEIGHTS.species;
    expect(score.score).toBeCloseTo(SIMILARITY_WEIGHTS.words * score.words + context * Math.min(1, score.words / 0.3));
  });

  it('scores 0 for two statements that share no key, however alike their study and species', () => {
    const other = statement('Ketamine raised BDNF levels.', { id: 'bdnf', sourceId: 'other' });
    const again = statement('Stress lowered immobility.', { id: 'immobility', sourceId: 'third' });
    expect(scorePair(other, again, one)).toMatchObject({ words: 0, score: 0, study: 1, species: 1 });
  });

  it('counts a shared time as one key among the others: alone it makes a weak pair, not a strong one', () => {
    const other = statement('Ketamine raised BDNF levels within 3 hours.', { id: 'bdnf', sourceId: 'other' });
    const again = statement('Stress lowered immobility within 3 hours.', { id: 'immobility', sourceId: 'third' });
    const withWords = statement('Ketamine raised BDNF levels in the cortex within 3 hours.', { id: 'cortex', sourceId: 'fourth' });
    expect(scorePair(other, again, one).score).toBeLessThan(scorePair(other, withWords, one).score / 2);
  });

  it('vetoes two different studies, whatever the words', () => {
    const other = statement(sixHours.text, { id: 'knowridge', sourceId: 'knowridge', study: 'rawat-kessler-2025' });
    expect(scorePair(sixHours, other, one)).toMatchObject({ veto: 'study', score: 0 });
  });

  it('lets a general fact or earlier work match a study of any other: no study, or no population', () => {
    const earlier = statement(sixHours.text, { id: 'earlier', sourceId: 'earlier', study: null, kind: 'background', species: 'none', speciesBasis: 'none' });
    expect(isGeneral(earlier.claim)).toBe(true);
    expect(scorePair(sixHours, earlier, one).veto).toBeNull();
  });

  it('vetoes mice against people when both sentences name them, not when one only inherits its species', () => {
    const people = statement(sixHours.text, { id: 'trial', sourceId: 'trial', species: 'human', study: null });
    expect(scorePair(sixHours, people, one).veto).toBe('species');
    const fromTheStudy = statement(sixHours.text, { id: 'story', sourceId: 'story', species: 'human', speciesBasis: 'context', study: null });
    expect(statedSpecies(fromTheStudy.claim)).toBeNull();
    expect(scorePair(sixHours, fromTheStudy, one).veto).toBeNull();
  });

  it('vetoes times that cannot be one moment', () => {
    const later = statement('New spines formed between 12 and 24 hours after the treatment.', { id: 'later', sourceId: 'later' });
    expect(scorePair(threeHours, later, one).veto).toBe('timescale');
  });

  it('vetoes a telling that stresses speed against one that stresses delay, numbers or not', () => {
    const quickly = statement('In mice, the drug appears to quickly improve the functioning of brain circuits.', { id: 'quickly', sourceId: 'quickly' });
    const hoursLater = statement('Then, hours later, it begins to restore faulty connections between cells in these circuits.', { id: 'hours-later', sourceId: 'hours-later' });
    expect(scorePair(quickly, hoursLater, one).veto).toBe('timescale');
  });

  it('vetoes two tellings that name different causes of their change, though they share most words', () => {
    const stressed = statement('And sure enough, the stressed-out mice lost a lot of dendritic spines.', { id: 'stressed', sourceId: 'stressed' });
    const restored = statement('Ketamine was restoring the dendritic spines of the mice.', { id: 'restored', sourceId: 'restored' });
    expect(scorePair(stressed, restored, one)).toMatchObject({ veto: 'cause', score: 0 });
  });

  it('vetoes a control that had no effect against the experiment that had one', () => {
    const control = statement('Optically deleting a random subset of spines had no effect on behavior.', { id: 'control', sourceId: 'control' });
    const deletion = statement('Optically deleting the newly formed spines eliminated the recovery of behavior.', { id: 'deletion', sourceId: 'deletion' });
    expect(scorePair(control, deletion, one).veto).toBe('direction');
  });

  it('lets a method step, a headline and a finding match: the kind of claim is no veto', () => {
    expect(scorePair(sixHours, statement(sixHours.text, { id: 'method', sourceId: 'method', kind: 'method' }), one).veto).toBeNull();
    expect(scorePair(sixHours, statement(sixHours.text, { id: 'headline', sourceId: 'headline', kind: 'headline' }), one).veto).toBeNull();
  });

  it('vetoes a claim against its own part', () => {
    expect(scorePair(sixHours, { ...sixHours, textRange: { start: 0, end: 10 } }, one).veto).toBe('same-claim');
  });
});
