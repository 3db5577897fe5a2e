import { describe, expect, it } from 'vitest';
import { facetPanelData, LISTED_VALUES_LIMIT, listedFacetValues } from '../../../src/components/facet-data.ts';
import { corpusRecords, grownRecords } from '../search/corpus-records.ts';

describe('the facet values a page of claims offers', () => {
  const titlesOf = (records: readonly { sourceId: string; sourceTitle: string }[]) => new Map(records.map((record) => [record.sourceId, record.sourceTitle]));

  it('offers every value present when there are few, the real corpus’s five sources among them', () => {
    const records = corpusRecords();
    const data = facetPanelData(records, titlesOf(records));
    const listed = listedFacetValues(data, LISTED_VALUES_LIMIT);
    expect(listed.source.options.map((option) => option.value).sort()).toEqual([...new Set(records.map((record) => record.sourceId))].sort());
    expect(listed.source.hidden).toBe(0);
    // A value no record has is not offered: it could only ever count zero.
    expect(listed.species.options.every((option) => data.present.species.has(option.value))).toBe(true);
    expect(listed.species.options.length).toBeLessThan(data.options.species.length);
  });

  it('offers none of a facet past the limit, and says how many it holds; the other facets stay listed', () => {
    const records = grownRecords(corpusRecords(), 2_000);
    const data = facetPanelData(records, titlesOf(records));
    const sources = new Set(records.map((record) => record.sourceId)).size;
    expect(sources).toBeGreaterThan(LISTED_VALUES_LIMIT);
    const listed = listedFacetValues(data, LISTED_VALUES_LIMIT);
    expect(listed.source).toEqual({ options: [], hidden: sources });
    expect(listed.hedge.options.length).toBeGreaterThan(0);
    expect(listed.hedge.hidden).toBe(0);
    // With no limit, every source is a checkbox again (the search page's panel).
    expect(listedFacetValues(data, Number.POSITIVE_INFINITY).source.options).toHaveLength(sources);
  });
});
