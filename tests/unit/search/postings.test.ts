import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings } from '../../../src/search/postings.ts';

describe('posting strings', () => {
  it('write gaps in base 36', () => {
    expect(encodePostings([3, 4, 14])).toBe('3.1.a');
    expect(encodePostings([])).toBe('');
  });

  it('read back what they wrote, for any ascending list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 10_000_000 }), { maxLength: 300 }), (numbers) => {
        const sorted = [...numbers].sort((a, b) => a - b);
        expect(decodePostings(encodePostings(sorted))).toEqual(sorted);
      }),
    );
  });

  it('refuse a list out of order or with repeats, which would decode to other records', () => {
    expect(() => encodePostings([4, 3])).toThrow(/ascending/u);
    expect(() => encodePostings([4, 4])).toThrow(/ascending/u);
  });
});
