import { describe, expect, it } from 'vitest';
import { keepFittingMembers } from '../../../src/findings/keep-fitting-members.ts';

describe('keepFittingMembers', () => {
  it('drops a member alike to one member only, whose mean with the group is low', () => {
    const pairs = [
      { first: 0, second: 1, score: 0.6 },
      { first: 0, second: 2, score: 0.5 },
      { first: 1, second: 2, score: 0.5 },
      { first: 2, second: 3, score: 0.3 },
    ];
    // 3 with [0, 1, 2]: 0.3 / 3 = 0.1; the others' means stay above 0.3.
    expect(keepFittingMembers([[0, 1, 2, 3]], pairs, 0.15)).toEqual([[0, 1, 2]]);
    expect(keepFittingMembers([[0, 1, 2, 3]], pairs, 0.09)).toEqual([[0, 1, 2, 3]]);
  });

  it('takes the means again after each removal, worst first', () => {
    // 4 links only to 3, and 3 only to 4 and weakly to 0: once 4 goes, 3 fits no better.
    const pairs = [
      { first: 0, second: 1, score: 0.6 },
      { first: 0, second: 2, score: 0.6 },
      { first: 1, second: 2, score: 0.6 },
      { first: 0, second: 3, score: 0.2 },
      { first: 3, second: 4, score: 0.5 },
    ];
    expect(keepFittingMembers([[0, 1, 2, 3, 4]], pairs, 0.15)).toEqual([[0, 1, 2]]);
  });

  it('leaves a group of two as it is, and each group on its own', () => {
    const pairs = [{ first: 0, second: 1, score: 0.05 }];
    expect(keepFittingMembers([[0, 1], [0, 1, 2]], pairs, 0.2)).toEqual([[0, 1], [0, 1]]);
  });
});
