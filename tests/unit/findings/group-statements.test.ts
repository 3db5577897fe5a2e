import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../../src/findings/group-statements.ts';

/** Scores from a table: `${low} ${high}` -> score, or null for a veto; pairs not listed score 0. */
function grouping(tellings: string[], table: Record<string, number | null>, linkThreshold = 0.4, meanThreshold = 0.35) {
  return groupStatements({
    count: tellings.length,
    telling: (index) => tellings[index]!,
    score: (first, second) => {
      const value = table[`${Math.min(first, second)} ${Math.max(first, second)}`];
      return value === undefined ? 0 : value;
    },
    linkThreshold,
    meanThreshold,
  });
}

describe('groupStatements', () => {
  it('links two tellings whose pair reaches the threshold', () => {
    expect(grouping(['a', 'b'], { '0 1': 0.5 })).toEqual([[0, 1]]);
  });

  it('never makes a group of one telling, however alike its statements', () => {
    expect(grouping(['a', 'a'], { '0 1': 0.9 })).toEqual([]);
  });

  it('lets a third statement join when its mean with the group reaches the mean threshold', () => {
    expect(grouping(['a', 'b', 'c'], { '0 1': 0.6, '0 2': 0.45, '1 2': 0.3 })).toEqual([[0, 1, 2]]);
  });

  it('keeps out a statement that links to one member but has little to do with the rest', () => {
    expect(grouping(['a', 'b', 'c'], { '0 1': 0.6, '0 2': 0.45, '1 2': 0.0 })).toEqual([[0, 1]]);
  });

  it('keeps apart two groups with a vetoed pair between them', () => {
    expect(grouping(['a', 'b', 'c'], { '0 1': 0.6, '0 2': 0.6, '1 2': null })).toEqual([[0, 1]]);
  });

  it('counts pairs inside one telling in the mean, so a telling can add a second statement linked to another telling', () => {
    // 2 links to 0 (0.4); its pair with 1, the same telling, lifts the mean to 0.65.
    expect(grouping(['a', 'b', 'b'], { '0 1': 0.5, '0 2': 0.4, '1 2': 0.9 })).toEqual([[0, 1, 2]]);
  });

  it('does not let a statement in on its likeness to its own telling alone', () => {
    expect(grouping(['a', 'b', 'b'], { '0 1': 0.4, '0 2': 0.1, '1 2': 0.9 })).toEqual([[0, 1]]);
  });

  it('orders groups by their first statement', () => {
    expect(grouping(['a', 'b', 'a', 'b'], { '0 3': 0.5, '1 2': 0.7 })).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });
});
