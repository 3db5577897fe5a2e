import Fuse, { type IFuseOptions } from 'fuse.js';
import { passesFacets, type ViewState } from './facets.ts';
import { everyTermMatches, highlightRanges, type Range } from './match-words.ts';
import { sanitizeQuery } from './sanitize-query.ts';
import { searchFields } from './search-fields.ts';
import type { SearchRecord } from './search-record.ts';
import { foldedText, foldedWords } from './word-forms.ts';

/**
 * The one search function, pure and DOM-free: the claims page, the search page and the
 * unit tests all call it. Fuse finds and ranks; our matcher confirms each term and marks
 * the words to highlight; the facets then narrow the list.
 */

/** One hit: the record, fuse's score (0 is perfect; null without a query), and what to highlight in its text. */
export interface SearchResult {
  record: SearchRecord;
  score: number | null;
  highlights: Range[];
}

/** Everything a query returned, and the cleaned terms it used. */
export interface QueryOutcome {
  results: SearchResult[];
  terms: string[];
}

/** Each record's search fields as fuse sees them, worked out once per record. */
const foldedFieldCache = new WeakMap<SearchRecord, string[]>();

function foldedFields(record: SearchRecord): string[] {
  let fields = foldedFieldCache.get(record);
  if (fields === undefined) {
    fields = searchFields.map((field) => foldedText(field.read(record)));
    foldedFieldCache.set(record, fields);
  }
  return fields;
}

/**
 * How fuse compares a word with a text, wherever it does: in the records' fields here, in the
 * labels of the sharded index (src/search/sharded-search.ts).
 */
export const fuseMatching = {
  includeScore: true,
  ignoreLocation: true,
  // A long quote is no worse an answer than a short one; the field-length norm would say it is.
  ignoreFieldNorm: true,
  ignoreDiacritics: true,
  // At most a third of a word's letters mistyped (two in six, three in eleven). Our word
  // matcher (src/search/match-words.ts) decides what matches; a looser fuse only let stray
  // partial matches across word boundaries lift a record's rank ("neurons in" for "neurogenesis").
  threshold: 0.34,
} as const;

/**
 * Fuse's settings. Token search matches each word of the query on its own, fuzzily, and
 * `tokenMatch: 'all'` requires all of them, in any field, in any order. `ignoreLocation`
 * lets a word deep inside a long quote count as much as the first. Fuse matches query
 * words against the field text itself (its tokenizer only splits the query and weighs
 * words), so both sides are folded: the fields by `getFn`, the query by the tokenizer.
 */
export const fuseOptions: IFuseOptions<SearchRecord> = {
  keys: searchFields.map((field, index) => ({ name: field.name, weight: field.weight, getFn: (record: SearchRecord) => foldedFields(record)[index]! })),
  ...fuseMatching,
  useTokenSearch: true,
  tokenMatch: 'all',
  tokenize: foldedWords,
};

const indexes = new WeakMap<readonly SearchRecord[], Fuse<SearchRecord>>();

/** The fuse index for a record list, built once per list. */
function indexFor(records: readonly SearchRecord[]): Fuse<SearchRecord> {
  let index = indexes.get(records);
  if (index === undefined) {
    index = new Fuse(records, fuseOptions);
    indexes.set(records, index);
  }
  return index;
}

/**
 * Search the records for a text, within a facet selection. An empty query returns every
 * record the facets let through, in the given order; otherwise the best matches first.
 */
export function query(
  records: readonly SearchRecord[],
  text: unknown,
  state: Pick<ViewState, 'facets' | 'commentary'> = { facets: {}, commentary: false },
): QueryOutcome {
  const { terms } = sanitizeQuery(text);
  if (terms.length === 0) {
    return {
      terms,
      results: records.filter((record) => passesFacets(record, state)).map((record) => ({ record, score: null, highlights: [] })),
    };
  }
  return { terms, results: scoreMatches(records, terms, (record) => passesFacets(record, state)) };
}

/** How much a quote that says a term as typed outranks one that only matches it fuzzily or inside a longer word. */
export const exactWordBonus = 0.25;

/**
 * The records that match every one of the (sanitized, non-empty) terms, of those `passes` lets
 * through (the facets), scored by fuse, best first: the full scan's ranking, which the sharded
 * search (src/search/sharded-search.ts) applies to the few records it fetched, which its own
 * facet table has already let through.
 *
 * Quotes that contain the query's words as words (in the quote's searched text, its population
 * word included: src/search/search-fields.ts) go ahead of near misses: fuse scores
 * "esketamine" as a perfect match for "ketamine", which is true of the letters but not what a
 * reader asking for ketamine wants first. Ties go in record order. Ranks are compared to nine
 * decimals: fuse weighs terms by how many records use them, so a record scores a hair
 * differently among a few fetched candidates than among every record, and two records that tie
 * in one can differ in the last bit in the other.
 */
export function scoreMatches(records: readonly SearchRecord[], terms: readonly string[], passes: (record: SearchRecord) => boolean = () => true): SearchResult[] {
  return indexFor(records)
    .search(terms.join(' '))
    .filter(({ item }) => passes(item) && everyTermMatches(terms, searchFields.map((field) => field.read(item))))
    .map(({ item, score = 0, refIndex }) => {
      const words = new Set(foldedWords(searchFields[0].read(item)));
      const exact = terms.filter((term) => words.has(term)).length / terms.length;
      return { item, score, refIndex, rank: Math.round((score - exactWordBonus * exact) * 1e9) };
    })
    .sort((a, b) => a.rank - b.rank || a.refIndex - b.refIndex)
    .map(({ item, score }) => ({ record: item, score, highlights: highlightRanges(item.text, terms) }));
}
