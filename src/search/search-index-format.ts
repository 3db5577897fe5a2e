import type { FacetRows } from './facet-rows.ts';

/**
 * The search index as the browser downloads it, in parts (src/search/build-search-index.ts
 * writes it, src/search/sharded-search.ts reads it):
 *
 * - `/search-index/index.json`: the record count, the shard keys and every record's facet
 *   values (src/search/facet-rows.ts), enough to filter and count without any claim text;
 * - `/search-index/terms/<key>.json`: every indexed word that begins with one character,
 *   with the records it occurs in, per search field. A query term only ever matches a word
 *   with its own first letter (src/search/match-words.ts), so one shard per term is enough;
 * - `/search-index/records/<source>/<k>.json`: the k-th (from 0) run of up to `recordsPerFile`
 *   consecutive records of one source, fetched only when it holds one of the few records a
 *   query needs fuse to score or the page to show. Postings name records by their number in
 *   the whole index; the head's facet rows say each record's source, from which
 *   `recordFiles` works out every record's file and its place in it.
 */

export const searchIndexDirectory = '/search-index';

export interface SearchIndexHead {
  /** The format; a reader of another version refuses the index instead of misreading it. */
  version: 2;
  count: number;
  /** How many (record, field) pairs have any words: fuse's count for its word weights. */
  fieldCount: number;
  /** The keys of the term shards that exist. */
  shards: string[];
  facets: FacetRows;
  /**
   * Per search field (searchFields order), for fields made of labels: each distinct label
   * (folded, as fuse sees it) and the records that carry it; null for the text field.
   */
  labels: (LabelTable | null)[];
}

export interface LabelTable {
  values: string[];
  postings: string[];
}

export interface TermShard {
  /** Indexed words (folded, src/search/word-forms.ts), sorted. */
  words: string[];
  /** For each word, one posting string (src/search/postings.ts) per search field, in searchFields order. */
  postings: string[][];
}

/** 2: record files hold runs of records (an array), where version 1 held one record each. */
export const searchIndexVersion = 2;

/**
 * The shard a word belongs to: its first UTF-16 code unit, spelled as itself when it is a
 * plain letter or digit and by its hex code otherwise, so every key is a safe file name.
 */
export function shardKeyOf(word: string): string {
  const first = word.charAt(0);
  return /^[a-z0-9]$/u.test(first) ? first : `u${word.charCodeAt(0).toString(16)}`;
}

export function indexHeadPath(): string {
  return `${searchIndexDirectory}/index.json`;
}

export function termShardPath(key: string): string {
  return `${searchIndexDirectory}/terms/${key}.json`;
}

/**
 * How many records of one source share a file. A query needs ten to fifteen records, and a
 * fetch costs about the same whether it carries one record or thirty: results that tie are
 * ranked in record order, so a query's records cluster in a few runs of neighbours and most
 * come in files already fetched for an earlier keystroke. A file of thirty-two of the real
 * corpus's records is 2 to 3 KB compressed: fewer bytes than a slow connection's first round
 * trip carries, so a bigger file would cost little more time, but more bytes for records
 * nobody reads.
 */
export const recordsPerFile = 32;

/** Where a record is served: its file, and its place in that file's array. */
export interface RecordLocation {
  path: string;
  slot: number;
}

/**
 * Each record's file and place, given every record's source in index order. A record is
 * filed by its source and its place among that source's records, not by its number in the
 * whole index: a change to one source (a claim added, say) renumbers every later record, but
 * moves no other source's files, so a rebuild writes again only that source's files and a
 * browser keeps its cached copies of the rest.
 */
export function recordFiles(sourceIds: readonly string[]): RecordLocation[] {
  const seen = new Map<string, number>();
  return sourceIds.map((sourceId) => {
    const position = seen.get(sourceId) ?? 0;
    seen.set(sourceId, position + 1);
    const file = Math.floor(position / recordsPerFile);
    return { path: `${searchIndexDirectory}/records/${encodeURIComponent(sourceId)}/${file}.json`, slot: position % recordsPerFile };
  });
}

/** The contents of every record file: its records in slot order, by path. */
export function recordFileContents<T>(records: readonly T[], locations: readonly RecordLocation[]): Map<string, T[]> {
  const files = new Map<string, T[]>();
  for (const [number, { path, slot }] of locations.entries()) {
    let file = files.get(path);
    if (file === undefined) {
      file = [];
      files.set(path, file);
    }
    file[slot] = records[number]!;
  }
  return files;
}
