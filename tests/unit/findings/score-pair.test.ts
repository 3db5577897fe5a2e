import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/findings/content-words.ts';
import { relateSpecies, scorePair, weightedDice, wordSimilarity, type ComparableStatement } from '../../../src/findings/score-pair.ts';
import { SIMILARITY_WEIGHTS } from '../../../src/findings/similarity-weights.ts';
import { splitStatements } from '../../../src/findings/split-statements.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim } from './claims.fixture.ts';

const one = () => 1;
const weights = { word: one, topic: one };

function statement(text: string, fields: Partial<Claim> = {}): ComparableStatement {
  const [first] = splitStatements(claim(text, fields), () => fields.topics ?? []);
  const words = contentWords(first!.text);
  return { ...first!, words, keys: new Set(words.map((word) => word.key)), topicSet: new Set(first!.topics) };
}

describe('the parts of a pair score', () => {
  it('weighs shared words by Dice: {a, b} and {b, c} share half', () => {
    expect(weightedDice(new Set(['a', 'b']), new Set(['b', 'c']), one)).toBe(0.5);
  });

  it('averages Dice with containment, so a short telling whose words all recur scores high', () => {
    // Dice 2·2/(2+4) = 2/3, containment 2/2 = 1: the mean is 5/6.
    expect(wordSimilarity(new Set(['a', 'b']), new Set(['a', 'b', 'c', 'd']), one)).toBeCloseTo(5 / 6);
    expect(wordSimilarity(new Set(), new Set(['a']), one)).toBe(0);
  });

  it('relates species: the same 1, a named rodent and "animals" 0.5, an unknown 0, mice and people never', () => {
    expect([relateSpecies('mouse', 'mouse'), relateSpecies('animal', 'mouse'), relateSpecies('none', 'human'), relateSpecies('mouse', 'human')]).toEqual([1, 0.5, 0, null]);
  });

  it('has weights that add up to 1', () => {
    expect(Object.values(SIMILARITY_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1);
  });
});

describe('scorePair', () => {
  const sixHours = statement('After the mice got ketamine, it took less than six hours for the brain circuits damaged by stress to begin working better.', { id: 'npr', sourceId: 'npr' });
  const threeHours = statement('Mice that received ketamine showed behavioral improvements within 3 hours of treatment.', { id: 'report', sourceId: 'report' });

  it('adds up its parts with the declared weights', () => {
    const score = scorePair(sixHours, threeHours, weights);
    expect(score.veto).toBeNull();
    expect(score.timescale).toBe('close');
    expect(score.study).toBe(1);
    expect(score.species).toBe(1);
    expect(score.score).toBeCloseTo(SIMILARITY_WEIGHTS.words * score.words + SIMILARITY_WEIGHTS.topics * score.topics + SIMILARITY_WEIGHTS.timescale * 0.75 + SIMILARITY_WEIGHTS.study + SIMILARITY_WEIGHTS.species);
  });

  it('vetoes two different studies, whatever the words', () => {
    const other = statement(sixHours.text, { id: 'knowridge', sourceId: 'knowridge', study: 'rawat-kessler-2025' });
    expect(scorePair(sixHours, other, weights)).toMatchObject({ veto: 'study', score: 0 });
  });

  it('vetoes mice against people', () => {
    const people = statement(sixHours.text, { id: 'trial', sourceId: 'trial', species: 'human' });
    expect(scorePair(sixHours, people, weights).veto).toBe('species');
  });

  it('vetoes times that cannot be one moment', () => {
    const later = statement('New spines formed between 12 and 24 hours after the treatment.', { id: 'later', sourceId: 'later' });
    expect(scorePair(threeHours, later, weights).veto).toBe('timescale');
  });

  it('vetoes a method against a finding, and commentary against anything', () => {
    expect(scorePair(sixHours, statement(sixHours.text, { id: 'method', sourceId: 'method', kind: 'method' }), weights).veto).toBe('kind');
    expect(scorePair(sixHours, statement(sixHours.text, { id: 'forum', sourceId: 'forum', kind: 'commentary' }), weights).veto).toBe('kind');
  });

  it('vetoes a claim against its own part', () => {
    expect(scorePair(sixHours, { ...sixHours, textRange: { start: 0, end: 10 } }, weights).veto).toBe('same-claim');
  });
});
