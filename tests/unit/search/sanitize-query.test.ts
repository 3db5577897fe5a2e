import { describe, expect, it } from 'vitest';
import { maxQueryCharacters, sanitizeQuery } from '../../../src/search/sanitize-query.ts';

describe('sanitizeQuery', () => {
  it('keeps the words of a plain query, folded to the singular', () => {
    expect(sanitizeQuery('Dendritic Spines').terms).toEqual(['dendritic', 'spine']);
  });

  it('drops common words when the query has others', () => {
    expect(sanitizeQuery('the effects of ketamine').terms).toEqual(['effect', 'ketamine']);
  });

  it('keeps common words when they are all there is', () => {
    expect(sanitizeQuery('what is').terms).toEqual(['what', 'is']);
  });

  it('reads an empty or blank query as no terms', () => {
    expect(sanitizeQuery('').terms).toEqual([]);
    expect(sanitizeQuery('   \n\t ').terms).toEqual([]);
  });

  it('reads anything that is not a string as empty', () => {
    expect(sanitizeQuery(undefined)).toEqual({ text: '', terms: [], words: [] });
    expect(sanitizeQuery(42)).toEqual({ text: '', terms: [], words: [] });
  });

  it('lists every word typed, the ones that are not terms yet included', () => {
    // "s" is on its way to "spines", "the" is too common to search: neither is a term.
    expect(sanitizeQuery('the Dendritic s')).toEqual({ text: 'the Dendritic s', terms: ['dendritic'], words: ['the', 'dendritic', 's'] });
  });

  it('lets no regular-expression character through', () => {
    expect(sanitizeQuery('spine.* (a|b) [x] \\d+ ^$ ? {2}').terms).toEqual(['spine', '2']);
  });

  it('drops emoji and keeps the words around them', () => {
    expect(sanitizeQuery('🧠 ketamine 💊🐭').terms).toEqual(['ketamine']);
  });

  it('cuts 10,000 characters to a short query', () => {
    const result = sanitizeQuery('spines '.repeat(1500).slice(0, 10_000));
    expect(result.text.length).toBeLessThanOrEqual(maxQueryCharacters);
    expect(result.terms).toEqual(['spine']);
  });

  it('keeps at most eight different terms', () => {
    expect(sanitizeQuery('one two three four five six seven eight nine ten').terms).toHaveLength(8);
  });

  it('turns control characters into spaces', () => {
    expect(sanitizeQuery('spine\u0000s\u200bcortex').terms).toEqual(['spine', 'cortex']);
  });
});
