import { describe, expect, it } from 'vitest';
import { decodeFacetRows, encodeFacetRows } from '../../../src/search/facet-rows.ts';
import { corpusRecords } from './corpus-records.ts';

describe('facet rows', () => {
  const records = corpusRecords();

  it('give back every record’s facet values', () => {
    const decoded = decodeFacetRows(JSON.parse(JSON.stringify(encodeFacetRows(records))));
    expect(decoded).toHaveLength(records.length);
    for (const [index, record] of records.entries()) {
      const { species, hedge, kind, speaker, sourceId } = record;
      expect(decoded[index]).toEqual({ species, hedge, kind, speaker, sourceId, phases: expect.any(Array) });
      expect([...decoded[index]!.phases].sort()).toEqual([...record.phases].sort());
    }
  });

  it('cost a few characters a record, not the record', () => {
    const rows = encodeFacetRows(records);
    const width = rows.widths.reduce((sum, digits) => sum + digits, 0);
    expect(rows.rows).toHaveLength(records.length * width);
    expect(width).toBeLessThanOrEqual(6);
  });

  it('refuse rows that name a speaker or source the tables lack', () => {
    const rows = encodeFacetRows(records);
    expect(() => decodeFacetRows({ ...rows, speakers: [] })).toThrow(/cannot be read/u);
  });
});
