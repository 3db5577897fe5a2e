import { describe, expect, it } from 'vitest';
import { COUNT_STEP, onGeometricGrid, WEIGHT_STEP, weighWords } from '../../../src/findings/weigh-words.ts';

/** `count` statements; word `w<k>` is used by every statement whose position is a multiple of k + 1. */
function corpus(count: number, words: number): { keys: Set<string> }[] {
  return Array.from({ length: count }, (_, position) => ({ keys: new Set(Array.from({ length: words }, (_, k) => k).filter((k) => position % (k + 1) === 0).map((k) => `w${k}`)) }));
}

describe('word weights', () => {
  it('weigh a word by how few statements use it, within a grid step of ln(1 + N / df)', () => {
    const statements = [{ keys: new Set(['ketamine', 'spines']) }, { keys: new Set(['ketamine']) }, { keys: new Set(['ketamine', 'mice']) }, { keys: new Set(['ketamine']) }];
    const weight = weighWords(statements);
    expect(weight('spines')).toBeGreaterThan(weight('ketamine'));
    expect(weight('spines')).toBe(weight('mice'));
    // Exact would be ln(1 + 4/1) and ln(1 + 4/4); the count and the weight are each rounded by at most half a step.
    expect(Math.abs(Math.log(weight('spines') / Math.log(5)))).toBeLessThan(Math.log1p(WEIGHT_STEP) + Math.log1p(COUNT_STEP));
    expect(Math.abs(Math.log(weight('ketamine') / Math.log(2)))).toBeLessThan(Math.log1p(WEIGHT_STEP) + Math.log1p(COUNT_STEP));
    // A word no statement uses weighs as one that a single statement uses.
    expect(weight('unused')).toBe(weight('spines'));
  });

  it('keep the weights of the words a small change does not use, where exact weights would all move', () => {
    const before = corpus(3000, 200);
    const after = [...before, { keys: new Set(['w0', 'w150']) }];
    const [old, changed] = [weighWords(before), weighWords(after)];
    const moved = Array.from({ length: 200 }, (_, k) => `w${k}`).filter((word) => word !== 'w0' && word !== 'w150' && old(word) !== changed(word));
    // Exact weights: ln(1 + 3001 / df) differs from ln(1 + 3000 / df) for every word.
    expect(moved.length).toBeLessThanOrEqual(4);
    // A rare word the change uses (20 statements, now 21) moves with it.
    expect(changed('w150')).toBeLessThan(old('w150'));
  });

  it('round to points of a geometric grid', () => {
    const point = onGeometricGrid(2.3, 1 / 64);
    expect(onGeometricGrid(point, 1 / 64)).toBeCloseTo(point, 12);
    expect(Math.abs(Math.log(point / 2.3))).toBeLessThanOrEqual(Math.log1p(1 / 64) / 2 + 1e-12);
    expect(onGeometricGrid(2.3 * (1 + 1 / 64), 1 / 64)).toBeGreaterThan(point);
  });
});
