import type { SearchRecord } from './search-record.ts';

/**
 * The fields of a search record that a query is matched against, and how much a match in
 * each counts. Declared once: the fuse index, the match check and the tests all read it.
 * The source's title is left out on purpose: every title says "ketamine" and one says
 * "mice", so matching it would return whole sources; the source facet does that job.
 */
export const searchFields = [
  { name: 'text', weight: 3, read: (record: SearchRecord) => record.text },
  { name: 'topics', weight: 2, read: (record: SearchRecord) => record.topics.join(' · ') },
  { name: 'speaker', weight: 1, read: (record: SearchRecord) => record.speaker },
  { name: 'study', weight: 1, read: (record: SearchRecord) => record.study ?? '' },
] as const;

export type SearchFieldName = (typeof searchFields)[number]['name'];
