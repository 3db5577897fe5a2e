import { describe, expect, it } from 'vitest';
import { countInWords } from '../../../src/labels/count-in-words.ts';

describe('countInWords', () => {
  it('writes five as "five" and six as "six"', () => {
    expect([countInWords(5), countInWords(6)]).toEqual(['five', 'six']);
  });

  it('writes 13 and more in digits', () => {
    expect(countInWords(13)).toBe('13');
  });
});
