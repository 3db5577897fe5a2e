import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../../src/findings/group-statements.ts';

/**
 * Groups from a table of scores: `${low} ${high}` -> score; pairs not listed score 0. A summary
 * is the set of "vetoed" tags a statement carries; two groups conflict when they share a tag.
 */
function grouping(voices: string[], table: Record<string, number>, vetoTags: string[][] = [], linkThreshold = 0.4, meanThreshold = 0.35) {
  return groupStatements({
    count: voices.length,
    voice: (index) => voices[index]!,
    pairs: Object.entries(table).map(([key, score]) => {
      const [first, second] = key.split(' ').map(Number) as [number, number];
      return { first, second, score };
    }),
    summarize: (index) => new Set(vetoTags[index] ?? []),
    combine: (a, b) => new Set([...a, ...b]),
    conflict: (a, b) => [...a].some((tag) => b.has(tag)),
    linkThreshold,
    meanThreshold,
  });
}

describe('groupStatements', () => {
  it('links two voices whose pair reaches the threshold', () => {
    expect(grouping(['a', 'b'], { '0 1': 0.5 })).toEqual([[0, 1]]);
  });

  it('never makes a group of one voice, however alike its statements: a source repeating itself is no second telling', () => {
    expect(grouping(['a', 'a', 'a'], { '0 1': 0.9, '0 2': 0.9, '1 2': 0.9 })).toEqual([]);
  });

  it('lets a third statement join when its mean with the group reaches the mean threshold', () => {
    expect(grouping(['a', 'b', 'c'], { '0 1': 0.6, '0 2': 0.45, '1 2': 0.3 })).toEqual([[0, 1, 2]]);
  });

  it('counts a pair it was never given as 0: a statement that links to one member but has little to do with the rest stays out', () => {
    expect(grouping(['a', 'b', 'c'], { '0 1': 0.6, '0 2': 0.45 })).toEqual([[0, 1]]);
  });

  it('keeps apart two groups whose summaries conflict', () => {
    expect(grouping(['a', 'b', 'c'], { '0 1': 0.6, '0 2': 0.6, '1 2': 0.6 }, [[], ['study-x'], ['study-x']])).toEqual([[0, 1]]);
  });

  it('merges the best pair first, so a statement joins the group it fits best', () => {
    // 2 fits both 0 and 1, but 1 better; 0 and 3 are the other group.
    expect(grouping(['a', 'b', 'c', 'd'], { '1 2': 0.9, '0 2': 0.5, '0 3': 0.8 }, [[], ['t'], [], ['t']])).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });

  it('orders groups by their first statement, and each group\'s statements', () => {
    expect(grouping(['a', 'b', 'a', 'b'], { '0 3': 0.5, '1 2': 0.7 })).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });

  it('gives the same groups for the same pairs in any order', () => {
    const forward = grouping(['a', 'b', 'c', 'd'], { '0 1': 0.5, '1 2': 0.6, '2 3': 0.45, '0 3': 0.4 });
    const backward = groupStatements({
      count: 4,
      voice: (index) => 'abcd'[index]!,
      pairs: [
        { first: 0, second: 3, score: 0.4 },
        { first: 2, second: 3, score: 0.45 },
        { first: 1, second: 2, score: 0.6 },
        { first: 0, second: 1, score: 0.5 },
      ],
      summarize: () => null,
      combine: () => null,
      conflict: () => false,
      linkThreshold: 0.4,
      meanThreshold: 0.35,
    });
    expect(backward).toEqual(forward);
  });
});
