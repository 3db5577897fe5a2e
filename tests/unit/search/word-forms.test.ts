import { describe, expect, it } from 'vitest';
import { foldWord, singular, wordsOf } from '../../../src/search/word-forms.ts';

describe('singular', () => {
  it.each([
    ['spines', 'spine'],
    ['studies', 'study'],
    ['synapses', 'synapse'],
    ['mice', 'mouse'],
    ['hippocampi', 'hippocampus'],
    ['branches', 'branch'],
    ['neurons', 'neuron'],
  ])('reads "%s" as "%s"', (plural, expected) => {
    expect(singular(plural)).toBe(expected);
  });

  it.each(['species', 'stress', 'hippocampus', 'analysis', 'nervous', 'spine', 'ketamine'])('leaves "%s" as it is', (word) => {
    expect(singular(word)).toBe(word);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('reads "%s", a name Object holds, as a plain word', (word) => {
    expect(singular(word)).toBe(word);
  });
});

describe('foldWord', () => {
  it('drops a possessive and lowercases', () => {
    expect(foldWord('Ketamine’s')).toBe('ketamine');
    expect(foldWord("mice's")).toBe('mouse');
  });

  it('strips accents', () => {
    expect(foldWord('Café')).toBe('cafe');
  });
});

describe('wordsOf', () => {
  it('gives each word with its offsets', () => {
    expect(wordsOf('new spines, fast').map(({ word, start, end }) => [word, start, end])).toEqual([
      ['new', 0, 3],
      ['spines', 4, 10],
      ['fast', 12, 16],
    ]);
  });
});
