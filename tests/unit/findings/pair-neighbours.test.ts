import { describe, expect, it } from 'vitest';
import { forEachNeighbour, pairNeighbours } from '../../../src/findings/pair-neighbours.ts';

function neighboursOf(pairs: Parameters<typeof pairNeighbours>[0], index: number): [number, number][] {
  const found: [number, number][] = [];
  forEachNeighbour(pairNeighbours(pairs), index, (other, score) => found.push([other, score]));
  return found;
}

describe('pairNeighbours', () => {
  const pairs = [
    { first: 0, second: 2, score: 0.5 },
    { first: 1, second: 2, score: 0.25 },
    { first: 0, second: 1, score: 0.75 },
  ];

  it('lists each statement’s partners from both sides of a pair, in the order of the pair list', () => {
    expect(neighboursOf(pairs, 0)).toEqual([
      [2, 0.5],
      [1, 0.75],
    ]);
    expect(neighboursOf(pairs, 2)).toEqual([
      [0, 0.5],
      [1, 0.25],
    ]);
  });

  it('lists nothing for a statement in no pair, inside the range or past it', () => {
    const sparse = [{ first: 0, second: 3, score: 0.5 }];
    expect(neighboursOf(sparse, 1)).toEqual([]);
    expect(neighboursOf(sparse, 7)).toEqual([]);
    expect(neighboursOf([], 0)).toEqual([]);
  });

  it('keeps every pair: the partner lists hold twice as many entries as there are pairs', () => {
    const built = pairNeighbours(pairs);
    expect(built.others.length).toBe(2 * pairs.length);
    expect([...built.offsets]).toEqual([0, 2, 4, 6]);
  });
});
