import { describe, expect, it } from 'vitest';
import { attachStatements } from '../../../src/findings/attach-statements.ts';

const none = { summarize: () => new Set<string>(), combine: (a: Set<string>, b: Set<string>) => new Set([...a, ...b]), conflict: (a: Set<string>, b: Set<string>) => [...a].some((tag) => b.has(tag)) };

describe('attachStatements', () => {
  it('adds a statement to another group it fits: a strong link to one member and a good mean with all', () => {
    const groups = [
      [0, 1],
      [2, 3],
    ];
    const pairs = [
      { first: 0, second: 1, score: 0.8 },
      { first: 2, second: 3, score: 0.8 },
      { first: 1, second: 2, score: 0.5 },
      { first: 1, second: 3, score: 0.2 },
    ];
    // 2 with [0, 1]: 0.5 / 2 = 0.25; 1 with [2, 3]: (0.5 + 0.2) / 2 = 0.35.
    expect(attachStatements({ groups, pairs, ...none, link: 0.3, mean: 0.25, limit: 2 })).toEqual([
      [0, 1, 2],
      [1, 2, 3],
    ]);
    expect(attachStatements({ groups, pairs, ...none, link: 0.3, mean: 0.3, limit: 2 })).toEqual([
      [0, 1],
      [1, 2, 3],
    ]);
  });

  it('leaves out a statement whose mean with the group is too low, however strong its one link', () => {
    const groups = [
      [0, 1, 2],
      [3, 4],
    ];
    const pairs = [{ first: 0, second: 3, score: 0.6 }];
    // 3 with [0, 1, 2]: 0.6 / 3 = 0.2.
    expect(attachStatements({ groups, pairs, ...none, link: 0.3, mean: 0.3, limit: 2, eligible: (index) => index === 3 })).toEqual(groups);
  });

  it('asks for a second member alike, when told to: one resemblance is not a finding in common', () => {
    const groups = [[0, 1, 2], [3]];
    const pairs = [
      { first: 0, second: 1, score: 0.8 },
      { first: 0, second: 2, score: 0.8 },
      { first: 1, second: 2, score: 0.8 },
      { first: 0, second: 3, score: 0.9 },
      { first: 1, second: 3, score: 0.1 },
    ];
    // 3 with [0, 1, 2]: (0.9 + 0.1) / 3 = 0.33, its second pair only 0.1.
    expect(attachStatements({ groups, pairs, ...none, link: 0.3, mean: 0.3, limit: 2, eligible: (index) => index === 3 })).toEqual([[0, 1, 2, 3], [3]]);
    expect(attachStatements({ groups, pairs, ...none, link: 0.3, secondLink: 0.15, mean: 0.3, limit: 2, eligible: (index) => index === 3 })).toEqual(groups);
    expect(attachStatements({ groups, pairs, ...none, link: 0.3, secondLink: 0.1, mean: 0.3, limit: 2, eligible: (index) => index === 3 })).toEqual([[0, 1, 2, 3], [3]]);
  });

  it('joins at most `limit` other groups, best fit first', () => {
    const groups = [[0], [1], [2], [3]];
    const pairs = [
      { first: 0, second: 1, score: 0.9 },
      { first: 0, second: 2, score: 0.7 },
      { first: 0, second: 3, score: 0.5 },
    ];
    const attached = attachStatements({ groups, pairs, ...none, link: 0.3, mean: 0.3, limit: 2, eligible: (index) => index === 0 });
    expect(attached).toEqual([[0], [0, 1], [0, 2], [3]]);
  });

  it('never adds a statement that a member vetoes, those added before it included', () => {
    const groups = [[0, 1]];
    const pairs = [
      { first: 0, second: 2, score: 0.9 },
      { first: 1, second: 2, score: 0.9 },
      { first: 0, second: 3, score: 0.8 },
      { first: 1, second: 3, score: 0.8 },
    ];
    const tags = [[], [], ['x'], ['x']];
    const attached = attachStatements({ groups, pairs, summarize: (index) => new Set(tags[index]), combine: none.combine, conflict: none.conflict, link: 0.3, mean: 0.3, limit: 1 });
    expect(attached).toEqual([[0, 1, 2]]);
  });
});
