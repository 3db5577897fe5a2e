import { decodeFacetTable } from './facet-rows.ts';
import { facetKeys, type FacetKey, type ViewState } from './facets.ts';
import { tableFilter, type FacetTable } from './facet-table.ts';
import Fuse from 'fuse.js';
import { matchErrors } from './match-words.ts';
import { forEachPosting } from './postings.ts';
import { exactWordBonus, fuseMatching, scoreMatches, type SearchResult } from './query.ts';
import { bestRanked } from './best-ranked.ts';
import { sanitizeQuery } from './sanitize-query.ts';
import { searchFields } from './search-fields.ts';
import { indexHeadPath, recordFiles, searchIndexVersion, shardKeyOf, termShardPath, type LabelTable, type RecordLocation, type SearchIndexHead, type TermShard } from './search-index-format.ts';
import type { SearchRecord } from './search-record.ts';

/**
 * Search that scales: instead of fuse scanning every record, the word index finds the
 * records in which every query term matches a word (the rule of src/search/match-words.ts,
 * which the full scan applies too), ranks them by how well and where they match, and hands
 * only the best `candidates` to the same scoring the full scan uses (`scoreMatches`), which fuse
 * scores. The index arrives in parts (src/search/search-index-format.ts): its head on first
 * use, one shard per first letter typed, and only the record files holding what a query needs.
 */

/** What the search page shows for a query. */
export interface ShardedOutcome {
  terms: string[];
  /** The best results in fuse's order, at most the number asked for. */
  results: SearchResult[];
  /** How many records match every term and the facets. */
  total: number;
  /** Per facet, per value: how many matching records it would leave (src/search/facets.ts). */
  counts: Record<FacetKey, [string, number][]>;
}

export interface ShardedSearchOptions {
  /** Reads one JSON file of the index by its path; the browser fetches, tests read memory. */
  load: (path: string) => Promise<unknown>;
}

/**
 * How many best-ranked matches fuse scores beyond the ones shown; the rest are counted, not
 * scored. Each one scored is a record fetched, so the margin is what the ranking's agreement
 * with fuse allows (tests/unit/search/sharded-search.test.ts holds the full scan's order and
 * recall@10 with it). Two: measured over the query list, the ranking alone already puts the
 * full scan's top ten in its own top ten 97% of the time (recall@10 0.973 at 10,000 records,
 * 0.965 at 50,000), and two more for fuse to choose from lift that to 0.982 and 0.975; five
 * lifted it only to 0.985 and 0.978, for a quarter more records fetched on every keystroke
 * that needs new ones.
 */
export const candidateMargin = 2;

/**
 * How many outcomes the search keeps, by what decides them: typing "dendritic s" asks what
 * "dendritic" asked (one letter is not a term), and so does a space, a backspace or a retyped
 * letter.
 */
const rememberedOutcomes = 16;

export interface ShardedSearch {
  search(text: unknown, state: Pick<ViewState, 'facets' | 'commentary'>, shown: number): Promise<ShardedOutcome>;
}

/** The index's head as read: what ranking needs, the shard keys, every record's facets and file. */
type LoadedHead = RankingTables & { shards: Set<string>; facets: FacetTable; recordFiles: RecordLocation[]; scratch: RankingScratch };

export function createShardedSearch({ load }: ShardedSearchOptions): ShardedSearch {
  let head: Promise<LoadedHead> | null = null;
  const shards = new Map<string, Promise<TermShard>>();
  const recordFileCache = new Map<string, Promise<SearchRecord[]>>();

  const readHead = () => {
    head ??= load(indexHeadPath()).then((value) => {
      const parsed = value as SearchIndexHead;
      if (parsed?.version !== searchIndexVersion) throw new Error(`search index: expected version ${searchIndexVersion}, got ${String(parsed?.version)}`);
      const facets = decodeFacetTable(parsed.facets);
      return {
        count: parsed.count,
        fieldCount: parsed.fieldCount,
        labels: parsed.labels.map((table) => (table === null ? null : labelMatcher(table))),
        shards: new Set(parsed.shards),
        facets,
        recordFiles: recordFiles(Array.from(facets.codes.source, (code) => facets.values.source[code]!)),
        scratch: createRankingScratch(parsed.count),
      };
    });
    head.catch(() => {
      head = null;
    });
    return head;
  };
  const cached = <K, V>(cache: Map<K, Promise<V>>, key: K, path: string): Promise<V> => {
    let found = cache.get(key);
    if (found === undefined) {
      found = load(path) as Promise<V>;
      cache.set(key, found);
      // A failed fetch is not remembered: the next query tries again.
      found.catch(() => cache.delete(key));
    }
    return found;
  };
  /** The shard holding the words a term can match; null when no indexed word begins with its letter. */
  const shardOf = (index: LoadedHead, word: string) => {
    const key = shardKeyOf(word);
    return index.shards.has(key) ? cached(shards, key, termShardPath(key)) : null;
  };
  const recordsNumbered = (index: { recordFiles: readonly RecordLocation[] }, numbers: readonly number[]) =>
    Promise.all(
      numbers.map(async (number) => {
        const { path, slot } = index.recordFiles[number]!;
        const file = await cached(recordFileCache, path, path);
        const record = Array.isArray(file) ? (file[slot] as SearchRecord | undefined) : undefined;
        if (record === undefined) throw new Error(`search index: ${path} has no record at place ${slot}; the index and its record files come from different builds`);
        return record;
      }),
    );
  const searchFor = async (index: LoadedHead, terms: string[], state: Pick<ViewState, 'facets' | 'commentary'>, shown: number): Promise<ShardedOutcome> => {
    const filtered = facetKeys.some((key) => (state.facets[key] ?? []).length > 0);
    const filter = tableFilter(index.facets, state);

    if (terms.length === 0) {
      if (!filtered) return { terms, results: [], total: 0, counts: filter.counts([]) };
      const all = Array.from({ length: index.facets.count }, (_, number) => number);
      const passing = all.filter(filter.passes);
      const page = await recordsNumbered(index, passing.slice(0, shown));
      return { terms, results: page.map((record) => ({ record, score: null, highlights: [] })), total: passing.length, counts: filter.counts(all) };
    }

    const termShards = await Promise.all(terms.map((term) => shardOf(index, term)));
    const matching = rankMatches(index, terms, termShards, index.scratch);
    const passing = matching.numbers.filter(filter.passes);
    const best = bestRanked(passing, matching.rankOf, shown + candidateMargin).sort((a, b) => a - b);
    // The records travel while the facets are counted: a keystroke at 50,000 claims spends
    // longer waiting for them than on anything else.
    const fetching = recordsNumbered(index, best);
    const counts = filter.counts(matching.numbers);
    const scored = scoreMatches(await fetching, terms);
    return { terms, results: scored.slice(0, shown), total: passing.length - (best.length - scored.length), counts };
  };
  // The latest outcomes, oldest first, by everything that decides them (see rememberedOutcomes).
  const remembered = new Map<string, ShardedOutcome>();
  const remember = (key: string, outcome: ShardedOutcome) => {
    remembered.delete(key);
    remembered.set(key, outcome);
    if (remembered.size > rememberedOutcomes) remembered.delete(remembered.keys().next().value!);
    return outcome;
  };
  return {
    async search(text, state, shown) {
      const index = await readHead();
      const { terms, words } = sanitizeQuery(text);
      // Every word's shard is fetched now, a word that is no term yet included: "d", on the
      // way to "dendritic", is one a key later, and its shard travels while the reader types
      // that key. (`cached` forgets a failed fetch; the key that needs the shard tries again.)
      for (const word of words) void shardOf(index, word);
      const key = JSON.stringify([terms, facetKeys.map((facet) => [...(state.facets[facet] ?? [])].sort()), state.commentary, shown]);
      const known = remembered.get(key);
      return known === undefined ? remember(key, await searchFor(index, terms, state, shown)) : remember(key, known);
    },
  };
}

/** The records in which every term matched, ascending, and the score fuse would give each (lower first). */
export interface Matches {
  numbers: number[];
  /**
   * By record number; meaningful only for the numbers above, and only until the scratch it
   * was ranked with ranks again.
   */
  rankOf: Float64Array;
}

/**
 * The per-record working arrays of `rankMatches`, kept from one keystroke to the next. Made
 * anew for every keystroke they came to 2.5 MB at 50,000 records, and the worker spent more
 * time collecting them than ranking: measured in Chromium over the query list's keystrokes
 * at 50,000 claims, every index part already fetched, the slowest answers took 20 to 40 ms
 * with new arrays and 8 to 12 ms with kept ones.
 */
export interface RankingScratch {
  readonly count: number;
  /** Per record: how many of the query's terms matched it. */
  readonly matchedTerms: Uint8Array;
  /** Per record: how many terms it says as whole words. */
  readonly wholeWords: Uint8Array;
  /** Per record: whether the term being ranked matched it. */
  readonly seen: Uint8Array;
  /** Per field, per record: Σ idf·(1 − error) over matched terms, or NaN when no term matched there. */
  readonly earned: readonly Float64Array[];
  /** Per field, per record: the term being ranked's smallest error there (above 1: no match). */
  readonly error: readonly Float32Array[];
  readonly rankOf: Float64Array;
}

export function createRankingScratch(count: number): RankingScratch {
  return {
    count,
    matchedTerms: new Uint8Array(count),
    wholeWords: new Uint8Array(count),
    seen: new Uint8Array(count),
    earned: searchFields.map(() => new Float64Array(count)),
    error: searchFields.map(() => new Float32Array(count)),
    rankOf: new Float64Array(count),
  };
}

/** What ranking needs of the index besides the shards: sizes, and each label field's labels with a fuse over them. */
export interface RankingTables {
  count: number;
  fieldCount: number;
  labels: readonly (LabelMatcher | null)[];
}

/** A label field's distinct labels, their records, and fuse over the labels (the same settings as the full scan). */
export interface LabelMatcher {
  values: readonly string[];
  postings: readonly string[];
  fuse: Fuse<string>;
}

export function labelMatcher(table: LabelTable): LabelMatcher {
  // Labels are whole strings: fuse compares each with the term, no keys, no token search.
  return { ...table, fuse: new Fuse(table.values, fuseMatching) };
}

/** Fuse's floor for a field's token score (its TokenSearch never returns less). */
const fuseScoreFloor = 0.001;

/**
 * The records in which every term matches a word of some search field (the rule the full
 * scan applies after fuse), ranked by the score a full fuse scan would give them, so that
 * the few handed to fuse are the ones it would put first. Fuse's token search scores a field
 * as 1 − Σ idf·(1 − error) / Σ idf over the query's terms, where error is the share of a
 * term's letters mistyped (0 for a word or its start) and idf comes from how many fields use
 * the term; a record's score is the product of its matched fields' scores, each raised to
 * its field's share of the weights; then, as in the full search, whole words typed as such
 * earn a bonus (src/search/query.ts). Label fields are scored by fuse itself, over the
 * labels. Ties keep record order, as fuse's sort does. A search that ranks on every
 * keystroke passes the same scratch each time (see RankingScratch); one made for another
 * number of records is left alone.
 */
export function rankMatches(
  tables: RankingTables,
  terms: readonly string[],
  termShards: readonly (TermShard | null)[],
  kept?: RankingScratch,
): Matches {
  const { count } = tables;
  const scratch = kept?.count === count ? kept : createRankingScratch(count);
  const fieldShares = searchFields.map((field) => field.weight / searchFields.reduce((sum, { weight }) => sum + weight, 0));
  const { matchedTerms, wholeWords, seen, earned, error, rankOf } = scratch;
  matchedTerms.fill(0);
  wholeWords.fill(0);
  for (const list of earned) list.fill(Number.NaN);
  let idfTotal = 0;

  for (const [termIndex, term] of terms.entries()) {
    const shard = termShards[termIndex];
    if (shard === null || shard === undefined) return { numbers: [], rankOf: new Float64Array(0) };
    for (const list of error) list.fill(2);
    seen.fill(0);
    let documentFrequency = 0;
    for (const [wordIndex, word] of shard.words.entries()) {
      const errors = matchErrors(term, word);
      if (errors === null) continue;
      const postings = shard.postings[wordIndex]!;
      if (word === term) for (const list of postings) forEachPosting(list, () => (documentFrequency += 1));
      for (const [field, list] of postings.entries()) {
        forEachPosting(list, (number) => {
          seen[number] = 1;
          if (field === 0) {
            error[0]![number] = Math.min(error[0]![number]!, errors / term.length);
            if (word === term) wholeWords[number] = wholeWords[number]! + 1;
          }
        });
      }
    }
    for (const [field, matcher] of tables.labels.entries()) {
      if (matcher === null) continue;
      for (const { refIndex, score } of matcher.fuse.search(term)) {
        forEachPosting(matcher.postings[refIndex]!, (number) => {
          error[field]![number] = Math.min(error[field]![number]!, score ?? 0);
        });
      }
    }
    const idf = Math.log(1 + (tables.fieldCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
    idfTotal += idf;
    // Index loops, not entries(): these run for every record on every keystroke.
    for (let number = 0; number < count; number += 1) {
      if (seen[number] === 0) continue;
      matchedTerms[number] = matchedTerms[number]! + 1;
      for (let field = 0; field < error.length; field += 1) {
        const fieldError = error[field]![number]!;
        if (fieldError > 1) continue;
        const sum = earned[field]!;
        sum[number] = (Number.isNaN(sum[number]!) ? 0 : sum[number]!) + idf * (1 - fieldError);
      }
    }
  }

  const numbers: number[] = [];
  for (let number = 0; number < count; number += 1) {
    if (matchedTerms[number] !== terms.length) continue;
    let score = 1;
    for (let field = 0; field < earned.length; field += 1) {
      const value = earned[field]![number]!;
      if (Number.isNaN(value)) continue;
      const fieldScore = Math.max(fuseScoreFloor, idfTotal > 0 ? 1 - value / idfTotal : 0);
      score *= fieldScore ** fieldShares[field]!;
    }
    numbers.push(number);
    rankOf[number] = score - exactWordBonus * (wholeWords[number]! / terms.length);
  }
  return { numbers, rankOf };
}
