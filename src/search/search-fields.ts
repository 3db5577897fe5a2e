import type { SearchRecord } from './search-record.ts';

/**
 * The fields of a search record that a query is matched against, and how much a match in
 * each counts. Declared once: the fuse index, the match check, the sharded index and the
 * tests all read it. The quote is searched with the word for who was studied ("Mice"), as if
 * the quote said it: a quote about "the rodents" is a claim about mice, and the word matches as
 * the quote's own words do, so the sharded index ranks it as fuse does. The source's title is
 * left out on purpose: every title says "ketamine"
 * and one says "mice", so matching it would return whole sources; the source facet does that job.
 *
 * `labels` marks the fields made of a few labels shared by many records (topics, speakers,
 * studies: the record's own field of that name, a list or one value or none): the sharded
 * index stores each label once with the records that carry it, so a query can score labels as
 * fuse would without the records.
 */
export const searchFields = [
  { name: 'text', weight: 3, read: (record: SearchRecord) => (record.population === null ? record.text : `${record.text} ${record.population}`), labels: false },
  { name: 'topics', weight: 2, read: (record: SearchRecord) => record.topics.join(' · '), labels: true },
  { name: 'speaker', weight: 1, read: (record: SearchRecord) => record.speaker, labels: true },
  { name: 'study', weight: 1, read: (record: SearchRecord) => record.study ?? '', labels: true },
] as const;

export type SearchFieldName = (typeof searchFields)[number]['name'];

/** A record's labels in a field made of labels (see `labels` above); none for other fields. */
export function labelsOf(record: SearchRecord, field: (typeof searchFields)[number]): readonly string[] {
  if (!field.labels) return [];
  const value = record[field.name];
  return Array.isArray(value) ? value : value === null ? [] : [value];
}
