import type { SearchRecord } from './search-record.ts';

/**
 * The fields of a search record that a query is matched against, and how much a match in
 * each counts. Declared once: the fuse index, the match check, the sharded index and the
 * tests all read it. The source's title is left out on purpose: every title says "ketamine"
 * and one says "mice", so matching it would return whole sources; the source facet does that job.
 *
 * `values`, for the fields made of a few labels shared by many records (topics, speakers,
 * studies), lists a record's labels: the sharded index stores each label once with the
 * records that carry it, so a query can score labels as fuse would without the records.
 */
export const searchFields = [
  { name: 'text', weight: 3, read: (record: SearchRecord) => record.text, values: null },
  { name: 'topics', weight: 2, read: (record: SearchRecord) => record.topics.join(' · '), values: (record: SearchRecord) => record.topics },
  { name: 'speaker', weight: 1, read: (record: SearchRecord) => record.speaker, values: (record: SearchRecord) => [record.speaker] },
  { name: 'study', weight: 1, read: (record: SearchRecord) => record.study ?? '', values: (record: SearchRecord) => (record.study === null ? [] : [record.study]) },
] as const;

export type SearchFieldName = (typeof searchFields)[number]['name'];
