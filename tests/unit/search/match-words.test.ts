import { describe, expect, it } from 'vitest';
import {
  editDistance,
  everyTermMatches,
  highlightRanges,
  termMatchesWord,
} from '../../../src/search/match-words.ts';
import { segmentText } from '../../../src/search/text-ranges.ts';

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('spnie', 'spine')).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('gives up past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('termMatchesWord', () => {
  it.each([
    ['dendritc', 'dendritic'],
    ['prefontal', 'prefrontal'],
    ['ketamin', 'ketamine'],
    ['hipocampus', 'hippocampus'],
    ['spine', 'spine'],
    ['neuro', 'neuron'],
  ])('matches "%s" to "%s"', (term, word) => {
    expect(termMatchesWord(term, word)).toBe(true);
  });

  it.each([
    ['mouse', 'house'],
    ['rat', 'cat'],
    ['nice', 'mouse'],
    ['spine', 'swine'],
  ])('does not match "%s" to "%s"', (term, word) => {
    expect(termMatchesWord(term, word)).toBe(false);
  });
});

describe('highlightRanges', () => {
  it('marks every word a term matches, whatever its form', () => {
    const text = 'Spines grew; one spine, then the spine’s neighbours.';
    expect(highlightRanges(text, ['spine']).map(({ start, end }) => text.slice(start, end))).toEqual([
      'Spines',
      'spine',
      'spine’s',
    ]);
  });

  it('marks typos of the term in the text', () => {
    const text = 'in the hippocampus of mice';
    expect(highlightRanges(text, ['hipocampus']).map(({ start, end }) => text.slice(start, end))).toEqual(['hippocampus']);
  });

  it('marks nothing for no terms', () => {
    expect(highlightRanges('anything', [])).toEqual([]);
  });
});

describe('everyTermMatches', () => {
  it('needs each term in some field', () => {
    expect(everyTermMatches(['spine', 'hippocampus'], ['spines grow', 'Hippocampus'])).toBe(true);
    expect(everyTermMatches(['spine', 'cortex'], ['spines grow', 'Hippocampus'])).toBe(false);
  });
});

describe('segmentText', () => {
  it('cuts a text into plain and marked pieces that join back into it', () => {
    const segments = segmentText('new spines form', [{ start: 4, end: 10 }]);
    expect(segments).toEqual([
      { text: 'new ', marked: false },
      { text: 'spines', marked: true },
      { text: ' form', marked: false },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe('new spines form');
  });

  it('merges overlapping ranges and ignores ranges past the end', () => {
    expect(segmentText('abcdef', [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 10, end: 12 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'ef', marked: false },
    ]);
  });
});
