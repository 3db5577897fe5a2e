import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { buildFindingsExport, serializeFindingsExport } from '../../../src/findings/build-findings-export.ts';
import { FINDINGS_SCHEMA_VERSION, FindingsExportSchema } from '../../../src/schemas/finding.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = loadCorpus(root);

describe('the findings export', () => {
  const document = buildFindingsExport(
    corpus.map((entry) => entry.source),
    corpus.flatMap((entry) => entry.claims),
  );

  it('serialises to the same bytes whatever order the collections come in', () => {
    const reversed = buildFindingsExport(
      [...corpus].reverse().map((entry) => entry.source),
      [...corpus].reverse().flatMap((entry) => [...entry.claims].reverse()),
    );
    expect(serializeFindingsExport(reversed)).toBe(serializeFindingsExport(document));
  });

  it('is valid against its schema, at the current version', () => {
    expect(FindingsExportSchema.parse(JSON.parse(serializeFindingsExport(document)))).toEqual(document);
    expect(document.schemaVersion).toBe(FINDINGS_SCHEMA_VERSION);
  });

  it('keeps the group keys in schema order, so diffs of the file stay readable', () => {
    expect(Object.keys(document.groups[0]!)).toEqual(['id', 'label', 'labelClaimId', 'claimIds', 'members', 'sourceIds', 'studies', 'matchedOn', 'flags']);
  });

  it('gives every group a distinct id', () => {
    expect(new Set(document.groups.map((group) => group.id)).size).toBe(document.groups.length);
  });
});
