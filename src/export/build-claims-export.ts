import type { Claim, Exclusion } from '../schemas/claim.ts';
import { ClaimsExportSchema, EXPORT_SCHEMA_VERSION, type ClaimsExport } from '../schemas/export.ts';
import type { Source } from '../schemas/source.ts';

/**
 * The export document. Order is fixed (sources by id, units by source then position) and
 * keys follow the schema, so two builds of the same input serialise to the same bytes.
 */
export function buildClaimsExport(sources: readonly Source[], claims: readonly Claim[], excluded: readonly Exclusion[]): ClaimsExport {
  const byPlace = <T extends { sourceId: string; span: { start: number } }>(a: T, b: T) =>
    a.sourceId.localeCompare(b.sourceId) || a.span.start - b.span.start;
  return ClaimsExportSchema.parse({
    schemaVersion: EXPORT_SCHEMA_VERSION,
    sources: [...sources]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, file, title, titleIsEditorial, outlet, url, published, kind, description, studies }) => ({ id, file, title, titleIsEditorial, outlet, url, published, kind, description, studies })),
    claims: [...claims].sort(byPlace),
    excluded: [...excluded].sort(byPlace),
  });
}

/** The export as JSON text, indented for people who open it. */
export function serializeClaimsExport(document: ClaimsExport): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The JSON Schema of the export, published beside it. */
export function claimsExportJsonSchema(): Record<string, unknown> {
  return {
    ...ClaimsExportSchema.toJSONSchema({ target: 'draft-2020-12', io: 'output' }),
    $id: '/data/claims.schema.json',
    title: 'Evidence explorer claims export',
  };
}

const CSV_COLUMNS = ['id', 'sourceId', 'kind', 'species', 'speciesBasis', 'phases', 'timescales', 'hedgeLevel', 'hedgeCues', 'speaker', 'study', 'topics', 'spanStart', 'spanEnd', 'text'] as const;

function csvField(value: string | number): string {
  const text = String(value);
  // Quote every text field; neutralise spreadsheet formulas so an opened CSV runs nothing.
  const safe = /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
  return typeof value === 'number' ? text : `"${safe.replace(/"/gu, '""')}"`;
}

/** `/data/claims.csv`: one row a claim, lists joined with "; ", for spreadsheets. */
export function serializeClaimsCsv(document: ClaimsExport): string {
  const rows = document.claims.map((claim) => {
    const values: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      id: claim.id,
      sourceId: claim.sourceId,
      kind: claim.kind,
      species: claim.species,
      speciesBasis: claim.speciesBasis,
      phases: [...new Set(claim.timescales.map((timescale) => timescale.phase))].join('; '),
      timescales: claim.timescales.map((timescale) => timescale.text).join('; '),
      hedgeLevel: claim.hedge.level,
      hedgeCues: claim.hedge.cues.map((cue) => cue.text).join('; '),
      speaker: claim.speaker,
      study: claim.study ?? '',
      topics: claim.topics.join('; '),
      spanStart: claim.span.start,
      spanEnd: claim.span.end,
      text: claim.text,
    };
    return CSV_COLUMNS.map((column) => csvField(values[column])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
