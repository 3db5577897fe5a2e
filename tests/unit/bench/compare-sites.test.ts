import { describe, expect, it } from 'vitest';
import { compareDigests, sitesAreEqual } from '../../../scripts/bench/compare-sites.ts';

describe('compareDigests', () => {
  it('finds two sites with the same files and bytes the same', () => {
    const site = new Map([['index.html', 'a'], ['claims/x/index.html', 'b']]);
    const difference = compareDigests(site, new Map(site));
    expect(difference).toEqual({ compared: 2, onlyInFirst: [], onlyInSecond: [], differing: [] });
    expect(sitesAreEqual(difference)).toBe(true);
  });

  it('lists a file found in one site only, and a file whose bytes differ', () => {
    const difference = compareDigests(
      new Map([['index.html', 'a'], ['claims/gone/index.html', 'b']]),
      new Map([['index.html', 'changed'], ['claims/new/index.html', 'c']]),
    );
    expect(difference).toEqual({ compared: 1, onlyInFirst: ['claims/gone/index.html'], onlyInSecond: ['claims/new/index.html'], differing: ['index.html'] });
    expect(sitesAreEqual(difference)).toBe(false);
  });
});
