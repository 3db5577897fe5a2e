import { describe, expect, it } from 'vitest';
import { decodeFacetRows, decodeFacetTable, encodeFacetRows } from '../../../src/search/facet-rows.ts';
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

  it('refuse a row whose packed vocabularies name a value the vocabulary lacks', () => {
    const rows = encodeFacetRows(records.slice(0, 1));
    // Hedge bits 3 (there are three levels, 0 to 2), everything else 0. Species, hedge, kind
    // and phases are packed in 3, 2, 3 and 4 bits.
    const packed = (3 << (3 + 4)).toString(36).padStart(rows.widths[0], '0');
    expect(() => decodeFacetTable({ ...rows, rows: packed + rows.rows.slice(rows.widths[0]) })).toThrow(/facet row 0 cannot be read/u);
    expect(() => decodeFacetTable(rows)).not.toThrow();
  });
});
