import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { buildClaimsExport, claimsExportJsonSchema, serializeClaimsCsv, serializeClaimsExport } from '../../../src/export/build-claims-export.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { ClaimKindSchema, HedgeLevelSchema, PhaseSchema, SpeciesSchema } from '../../../src/schemas/vocabulary.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function exportOf(corpus = loadCorpus(root)) {
  return buildClaimsExport(
    corpus.map((entry) => entry.source),
    corpus.flatMap((entry) => entry.claims),
    corpus.flatMap((entry) => entry.exclusions),
  );
}

describe('the claims export', () => {
  it('serialises to the same bytes whatever order the collections come in', () => {
    const corpus = loadCorpus(root);
    const reversed = [...corpus].reverse().map((entry) => ({ ...entry, claims: [...entry.claims].reverse(), exclusions: [...entry.exclusions].reverse() }));
    expect(serializeClaimsExport(exportOf(reversed))).toBe(serializeClaimsExport(exportOf(corpus)));
  });

  it('names each source file relative to the repository root and leaves the text out', () => {
    const { sources } = exportOf();
    expect(sources.map((source) => source.file)).toContain('content/sources/knowridge-ketamine-quickly-and-over-time.md');
    expect(Object.keys(sources[0]!)).toEqual(['id', 'file', 'title', 'titleIsEditorial', 'outlet', 'url', 'published', 'kind', 'description', 'studies']);
  });

  it('publishes a JSON Schema whose enums are exactly the vocabularies of CLAIMS.md', () => {
    const schema = claimsExportJsonSchema() as { properties: { claims: { items: { properties: Record<string, { enum?: string[] }> } } } };
    const claim = schema.properties.claims.items.properties;
    expect(claim.kind?.enum).toEqual(ClaimKindSchema.options);
    expect(claim.species?.enum).toEqual(SpeciesSchema.options);
    expect(claim.species?.enum).toEqual(['mouse', 'rat', 'animal', 'cells', 'human', 'mixed', 'none']);
    expect(HedgeLevelSchema.options).toEqual(['asserted', 'hedged', 'speculative']);
    expect(PhaseSchema.options).toEqual(['hours', 'days', 'weeks', 'long-term']);
  });
});

describe('the CSV export', () => {
  const claim: Claim = {
    id: 'a-1',
    sourceId: 'src',
    text: '=HYPERLINK("x") said "quoted", then, more',
    span: { start: 3, end: 9 },
    unitType: 'sentence',
    kind: 'finding',
    species: 'mouse',
    speciesBasis: 'study',
    timescales: [
      { text: 'within 3 hours', span: { start: 4, end: 5 }, fromHours: 0, toHours: 3, phase: 'hours' },
      { text: '2 to 7 days', span: { start: 6, end: 7 }, fromHours: 48, toHours: 168, phase: 'days' },
    ],
    hedge: { level: 'hedged', cues: [{ text: 'may', start: 3, end: 6, level: 'hedged' }] },
    speaker: 'Conor Liston',
    study: null,
    topics: ['dendritic-spines', 'synapses'],
  };
  const csv = serializeClaimsCsv({ schemaVersion: 1, sources: [], claims: [claim], excluded: [] });

  it('writes a header and one quoted row a claim with CRLF line ends', () => {
    expect(csv.split('\r\n')[0]).toBe('id,sourceId,kind,species,speciesBasis,phases,timescales,hedgeLevel,hedgeCues,speaker,study,topics,spanStart,spanEnd,text');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('doubles quotes, joins lists with semicolons and defuses spreadsheet formulas', () => {
    expect(csv.split('\r\n')[1]).toBe(
      `"a-1","src","finding","mouse","study","hours; days","within 3 hours; 2 to 7 days","hedged","may","Conor Liston","","dendritic-spines; synapses",3,9,"'=HYPERLINK(""x"") said ""quoted"", then, more"`,
    );
  });
});
