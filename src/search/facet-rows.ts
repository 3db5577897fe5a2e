import { claimKinds, hedgeLevels, phases, speciesValues } from '../schemas/vocabulary-values.ts';
import { noPhase } from '../labels/vocabulary-labels.ts';
import { facetKeys, type FacetRecord } from './facets.ts';
import type { FacetTable } from './facet-table.ts';

/**
 * What the facets need of every record (species, phases, certainty, kind, speaker, source),
 * packed into a few base-36 characters a record so the search page can filter and count a
 * whole corpus without downloading its claims. Speakers and sources are numbered by tables
 * that travel with the rows.
 */
export interface FacetRows {
  speakers: string[];
  sources: string[];
  /** Characters per record for the packed vocabularies, the speaker number and the source number. */
  widths: [number, number, number];
  rows: string;
}

const vocabularyBits = { species: 3, hedge: 2, kind: 3, phases: phases.length } as const;

/** The number of base-36 digits that can write every number below `count`. */
function digitsFor(count: number): number {
  return Math.max(1, Math.max(0, count - 1).toString(36).length);
}

function pack(record: FacetRecord): number {
  const phaseMask = record.phases.reduce((mask, phase) => mask | (1 << phases.indexOf(phase)), 0);
  let packed = speciesValues.indexOf(record.species);
  packed = (packed << vocabularyBits.hedge) | hedgeLevels.indexOf(record.hedge);
  packed = (packed << vocabularyBits.kind) | claimKinds.indexOf(record.kind);
  return (packed << vocabularyBits.phases) | phaseMask;
}

/** Pack the facet values of records, in their order. */
export function encodeFacetRows(records: readonly FacetRecord[]): FacetRows {
  const speakers = [...new Set(records.map((record) => record.speaker))].sort();
  const sources = [...new Set(records.map((record) => record.sourceId))].sort();
  const speakerNumber = new Map(speakers.map((speaker, index) => [speaker, index]));
  const sourceNumber = new Map(sources.map((source, index) => [source, index]));
  const totalBits = vocabularyBits.species + vocabularyBits.hedge + vocabularyBits.kind + vocabularyBits.phases;
  const widths: [number, number, number] = [digitsFor(2 ** totalBits), digitsFor(speakers.length), digitsFor(sources.length)];
  const write = (number: number, width: number) => number.toString(36).padStart(width, '0');
  const rows = records
    .map((record) => write(pack(record), widths[0]) + write(speakerNumber.get(record.speaker)!, widths[1]) + write(sourceNumber.get(record.sourceId)!, widths[2]))
    .join('');
  return { speakers, sources, widths, rows };
}

/**
 * Every record's facet values as numbers (src/search/facet-table.ts), read straight from the
 * rows: the search worker filters and counts on these, and never needs the values as strings.
 */
export function decodeFacetTable({ speakers, sources, widths, rows }: FacetRows): FacetTable {
  const width = widths[0] + widths[1] + widths[2];
  const count = Math.floor(rows.length / width);
  const [species, phase, hedge, kind, source, speaker] = facetKeys.map(() => new Int32Array(count)) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const read = (offset: number, digits: number) => Number.parseInt(rows.slice(offset, offset + digits), 36);
  for (let number = 0, offset = 0; number < count; number += 1, offset += width) {
    let packed = read(offset, widths[0]);
    speaker[number] = read(offset + widths[0], widths[1]);
    source[number] = read(offset + widths[0] + widths[1], widths[2]);
    // A record with no phase carries the bit after the phases' own.
    phase[number] = packed & ((1 << vocabularyBits.phases) - 1) || 1 << phases.length;
    packed >>= vocabularyBits.phases;
    kind[number] = packed & ((1 << vocabularyBits.kind) - 1);
    packed >>= vocabularyBits.kind;
    hedge[number] = packed & ((1 << vocabularyBits.hedge) - 1);
    species[number] = packed >> vocabularyBits.hedge;
    if (!(speaker[number]! < speakers.length && source[number]! < sources.length && kind[number]! < claimKinds.length && hedge[number]! < hedgeLevels.length && species[number]! < speciesValues.length)) {
      throw new Error(`search index: facet row ${number} cannot be read`);
    }
  }
  return {
    count,
    values: { species: speciesValues, phase: [...phases, noPhase], hedge: hedgeLevels, kind: claimKinds, source: sources, speaker: speakers },
    codes: { species, phase, hedge, kind, source, speaker },
  };
}

/** The facet values of every record, in order, as strings. */
export function decodeFacetRows(rows: FacetRows): FacetRecord[] {
  const { count, values, codes } = decodeFacetTable(rows);
  return Array.from({ length: count }, (_, number) => ({
    species: values.species[codes.species[number]!] as FacetRecord['species'],
    hedge: values.hedge[codes.hedge[number]!] as FacetRecord['hedge'],
    kind: values.kind[codes.kind[number]!] as FacetRecord['kind'],
    speaker: values.speaker[codes.speaker[number]!]!,
    sourceId: values.source[codes.source[number]!]!,
    phases: phases.filter((_, bit) => (codes.phase[number]! & (1 << bit)) !== 0),
  }));
}
