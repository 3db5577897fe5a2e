import { describe, expect, it } from 'vitest';
import { broaderBelow, broaderQuery, textWithout, typedForm } from '../../../src/search/broader-query.ts';

describe('broaderQuery', () => {
  it('names the term whose omission finds the most claims', () => {
    expect(broaderQuery(['fast', 'ketamine', 'work'], [18, 3, 3], 2)).toEqual({ without: 'fast', total: 18 });
    expect(broaderQuery(['spine', 'matter'], [0, 21], 0)).toEqual({ without: 'matter', total: 21 });
  });

  it('breaks a tie in favour of the word typed last', () => {
    expect(broaderQuery(['a1', 'b2', 'c3'], [5, 7, 7], 1)).toEqual({ without: 'c3', total: 7 });
  });

  it('offers nothing for one term, for a page of matches, or when no omission finds more', () => {
    expect(broaderQuery(['ketamine'], [40], 0)).toBeNull();
    expect(broaderQuery(['fast', 'ketamine'], [30, 30], broaderBelow)).toBeNull();
    expect(broaderQuery(['fast', 'ketamine'], [3, 3], 3)).toBeNull();
  });

  it('offers nothing when the counts were not worked out', () => {
    expect(broaderQuery(['fast', 'ketamine'], [], 0)).toBeNull();
  });
});

describe('textWithout', () => {
  it("keeps the reader's phrasing around the word taken out", () => {
    expect(textWithout('how fast does ketamine work', 'fast')).toBe('how does ketamine work');
    expect(textWithout('Fast?', 'fast')).toBe('?');
  });

  it('takes out every form the search folds to the term, and nothing that only contains it', () => {
    expect(textWithout('Mice and a mouse, not mousetraps', 'mouse')).toBe('and a, not mousetraps');
    expect(textWithout("ketamine's spines", 'ketamine')).toBe('spines');
  });

  it('leaves punctuation against the word before, not after a space', () => {
    expect(textWithout('spines, mice', 'mouse')).toBe('spines,');
    expect(textWithout('why do spines matter ?', 'matter')).toBe('why do spines?');
  });
});

describe('typedForm', () => {
  it('gives the word as the reader typed it, which the term may only be the folded form of', () => {
    expect(typedForm('Do Mice recover?', 'mouse')).toBe('Mice');
    expect(typedForm('how fast', 'fast')).toBe('fast');
  });

  it('falls back to the term when the text does not hold it', () => {
    expect(typedForm('spines', 'mouse')).toBe('mouse');
  });
});
