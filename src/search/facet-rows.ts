import { claimKinds, hedgeLevels, phases, speciesValues } from '../schemas/vocabulary-values.ts';
import type { FacetRecord } from './facets.ts';

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

/** The facet values of every record, in order. */
export function decodeFacetRows({ speakers, sources, widths, rows }: FacetRows): FacetRecord[] {
  const width = widths[0] + widths[1] + widths[2];
  const records: FacetRecord[] = [];
  for (let offset = 0; offset + width <= rows.length; offset += width) {
    let packed = Number.parseInt(rows.slice(offset, offset + widths[0]), 36);
    const speaker = speakers[Number.parseInt(rows.slice(offset + widths[0], offset + widths[0] + widths[1]), 36)];
    const sourceId = sources[Number.parseInt(rows.slice(offset + widths[0] + widths[1], offset + width), 36)];
    const phaseMask = packed & ((1 << vocabularyBits.phases) - 1);
    packed >>= vocabularyBits.phases;
    const kind = claimKinds[packed & ((1 << vocabularyBits.kind) - 1)];
    packed >>= vocabularyBits.kind;
    const hedge = hedgeLevels[packed & ((1 << vocabularyBits.hedge) - 1)];
    packed >>= vocabularyBits.hedge;
    const species = speciesValues[packed];
    if (speaker === undefined || sourceId === undefined || kind === undefined || hedge === undefined || species === undefined) {
      throw new Error(`search index: facet row ${offset / width} cannot be read`);
    }
    records.push({ species, hedge, kind, speaker, sourceId, phases: phases.filter((_, index) => (phaseMask & (1 << index)) !== 0) });
  }
  return records;
}
