import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestRanked } from '../../../src/search/best-ranked.ts';

describe('bestRanked', () => {
  it('gives the head of the full sort by rank, then number', () => {
    const rankOf = [0.5, 0.1, 0.5, 0.3, 0.1];
    expect(bestRanked([0, 1, 2, 3, 4], rankOf, 3)).toEqual([1, 4, 3]);
    expect(bestRanked([4, 3, 2, 1, 0], rankOf, 10)).toEqual([1, 4, 3, 0, 2]);
    expect(bestRanked([0, 1], rankOf, 0)).toEqual([]);
  });

  it('agrees with sorting everything, for any ranks, ties and limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 0.25, 0.5, 0.75, 1, -0.25), { minLength: 1, maxLength: 200 }),
        fc.nat({ max: 50 }),
        fc.boolean(),
        (ranks, limit, reversed) => {
          const numbers = ranks.map((_, index) => index);
          if (reversed) numbers.reverse();
          const sorted = [...numbers].sort((a, b) => ranks[a]! - ranks[b]! || a - b);
          expect(bestRanked(numbers, ranks, limit)).toEqual(sorted.slice(0, limit));
        },
      ),
    );
  });
});
