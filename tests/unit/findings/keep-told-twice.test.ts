import { describe, expect, it } from 'vitest';
import { keepToldTwice } from '../../../src/findings/keep-told-twice.ts';

describe('keepToldTwice', () => {
  const voices = ['a', 'b', 'b', 'a'];
  const voice = (index: number) => voices[index]!;

  it('keeps a member that another voice in its group was scored alike with', () => {
    expect(keepToldTwice([[0, 1]], [{ first: 0, second: 1, score: 0.3 }], voice)).toEqual([[0, 1]]);
  });

  it('drops a member whose only tie to another voice is weaker than the strength asked for', () => {
    const pairs = [
      { first: 0, second: 1, score: 0.6 },
      { first: 1, second: 3, score: 0.6 },
      { first: 2, second: 3, score: 0.15 },
    ];
    expect(keepToldTwice([[0, 1, 2, 3]], pairs, voice, 0.25)).toEqual([[0, 1, 3]]);
  });

  it('drops a member that only its own voice was scored alike with', () => {
    const pairs = [
      { first: 0, second: 1, score: 0.3 },
      { first: 1, second: 2, score: 0.9 },
    ];
    expect(keepToldTwice([[0, 1, 2]], pairs, voice)).toEqual([[0, 1]]);
  });

  it('repeats until nothing changes, and drops a group left with one voice', () => {
    // 3 (voice a) holds only through 2 (voice b), which holds only through its own voice.
    const pairs = [
      { first: 1, second: 2, score: 0.9 },
      { first: 2, second: 3, score: 0.3 },
    ];
    expect(keepToldTwice([[1, 2, 3]], pairs, voice)).toEqual([[2, 3]]);
    expect(keepToldTwice([[1, 2]], pairs, voice)).toEqual([]);
  });

  it('drops a group that ends up the same as an earlier one', () => {
    expect(keepToldTwice([[0, 1], [0, 1, 2]], [{ first: 0, second: 1, score: 0.3 }], voice)).toEqual([[0, 1]]);
  });
});
