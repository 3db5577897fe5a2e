import { encodeFacetRows } from './facet-rows.ts';
import { encodePostings } from './postings.ts';
import { labelsOf, searchFields } from './search-fields.ts';
import { recordFileContents, recordFiles, searchIndexVersion, shardKeyOf, type SearchIndexHead, type TermShard } from './search-index-format.ts';
import type { SearchRecord } from './search-record.ts';
import { foldedText, foldedWords } from './word-forms.ts';

/** The search index's parts (src/search/search-index-format.ts says what each is for). */
export interface SearchIndex {
  head: SearchIndexHead;
  shards: Map<string, TermShard>;
  /** The records by number. */
  records: readonly SearchRecord[];
  /** The record files (`recordFiles`): each file's records, by path. */
  recordFiles: Map<string, SearchRecord[]>;
}

/**
 * Index search records for the sharded search: every folded word of every search field,
 * with the records it occurs in. Records keep their given order, which is also the order
 * results tie-break in, as in a full fuse scan.
 */
export function buildSearchIndex(records: readonly SearchRecord[]): SearchIndex {
  const postingsByWord = new Map<string, number[][]>();
  const labelPostings = searchFields.map(() => new Map<string, number[]>());
  let fieldCount = 0;
  for (const [number, record] of records.entries()) {
    for (const [field, declared] of searchFields.entries()) {
      for (const label of labelsOf(record, declared)) {
        const folded = foldedText(label);
        const list = labelPostings[field]!.get(folded) ?? [];
        if (list.at(-1) !== number) list.push(number);
        labelPostings[field]!.set(folded, list);
      }
      const words = foldedWords(declared.read(record));
      if (words.length > 0) fieldCount += 1;
      for (const word of new Set(words)) {
        let lists = postingsByWord.get(word);
        if (lists === undefined) {
          lists = searchFields.map(() => []);
          postingsByWord.set(word, lists);
        }
        lists[field]!.push(number);
      }
    }
  }

  const shards = new Map<string, TermShard>();
  for (const word of [...postingsByWord.keys()].sort()) {
    const key = shardKeyOf(word);
    let shard = shards.get(key);
    if (shard === undefined) {
      shard = { words: [], postings: [] };
      shards.set(key, shard);
    }
    shard.words.push(word);
    shard.postings.push(postingsByWord.get(word)!.map(encodePostings));
  }

  return {
    head: {
      version: searchIndexVersion,
      count: records.length,
      fieldCount,
      shards: [...shards.keys()].sort(),
      facets: encodeFacetRows(records),
      labels: searchFields.map((field, index) => {
        if (!field.labels) return null;
        const values = [...labelPostings[index]!.keys()].sort();
        return { values, postings: values.map((value) => encodePostings(labelPostings[index]!.get(value)!)) };
      }),
    },
    shards,
    records,
    recordFiles: recordFileContents(records, recordFiles(records.map((record) => record.sourceId))),
  };
}
