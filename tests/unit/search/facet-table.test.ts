import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFacetRows, decodeFacetTable, encodeFacetRows } from '../../../src/search/facet-rows.ts';
import { tableFilter } from '../../../src/search/facet-table.ts';
import { facetCounts, facetKeys, passesFacets, type FacetKey, type FacetSelection } from '../../../src/search/facets.ts';
import { corpusRecords } from './corpus-records.ts';

describe('the facet table', () => {
  // As the search worker reads them, from the index's rows; and as strings, for facets.ts.
  const rows = encodeFacetRows(corpusRecords());
  const records = decodeFacetRows(rows);
  const table = decodeFacetTable(rows);
  const valuesOf = (key: FacetKey) => [...new Set(records.flatMap((record) => (key === 'phase' ? (record.phases.length > 0 ? record.phases : ['none']) : [key === 'source' ? record.sourceId : record[key]])))];
  // Any selection of the values records have, and a value none has.
  const selection = fc.record(
    Object.fromEntries(facetKeys.map((key) => [key, fc.subarray([...valuesOf(key), 'no-such-value'], { maxLength: 3 })])) as Record<FacetKey, fc.Arbitrary<string[]>>,
    { requiredKeys: [] },
  );
  const state = fc.record({ facets: selection as fc.Arbitrary<FacetSelection>, commentary: fc.boolean() });
  const someNumbers = fc.uniqueArray(fc.integer({ min: 0, max: records.length - 1 }), { maxLength: records.length }).map((numbers) => numbers.sort((a, b) => a - b));

  it('filters as passesFacets does, for any selection', () => {
    fc.assert(
      fc.property(state, (view) => {
        const filter = tableFilter(table, view);
        records.forEach((record, number) => expect(filter.passes(number), `record ${number}`).toBe(passesFacets(record, view)));
      }),
      { numRuns: 200 },
    );
  });

  it('counts as facetCounts does, values in the order first met, for any selection and any records', () => {
    fc.assert(
      fc.property(state, someNumbers, (view, numbers) => {
        const expected = facetCounts(
          numbers.map((number) => records[number]!),
          view,
        );
        const counted = tableFilter(table, view).counts(numbers);
        for (const key of facetKeys) expect(counted[key], key).toEqual([...expected[key]]);
      }),
      { numRuns: 200 },
    );
  });

  it('numbers each source and speaker once, as the records name them', () => {
    expect(new Set(table.values.source)).toEqual(new Set(records.map((record) => record.sourceId)));
    expect(table.values.speaker).toHaveLength(new Set(records.map((record) => record.speaker)).size);
    records.forEach((record, number) => expect(table.values.speaker[table.codes.speaker[number]!]).toBe(record.speaker));
  });
});
