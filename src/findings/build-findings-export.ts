import { glossary, tagTopics } from '../pipeline/tag-topics.ts';
import { speciesLabels } from '../labels/vocabulary-labels.ts';
import type { Claim } from '../schemas/claim.ts';
import { FINDINGS_SCHEMA_VERSION, FindingsExportSchema, type FindingsExport } from '../schemas/finding.ts';
import type { Source } from '../schemas/source.ts';
import { checkSpin } from './check-spin.ts';
import { findFindings, type FindingsContext } from './find-findings.ts';

/** The glossary's topics and the site's species words, for builds; tests may pass their own. */
export const defaultFindingsContext: FindingsContext = {
  tagTopics,
  topicTerms: new Map(glossary.map((entry) => [entry.id, entry.term])),
  speciesName: (species) => speciesLabels[species].label.toLowerCase(),
};

/**
 * The findings export: every group with its flags, in the order of its first member (source,
 * then position), and every source's spin check, sources by id. The groups depend only on
 * the claims, never on the order the collections list them, so two builds of the same input
 * serialise to the same bytes.
 */
export function buildFindingsExport(sources: readonly Source[], claims: readonly Claim[], context: FindingsContext = defaultFindingsContext): FindingsExport {
  const { groups } = findFindings(claims, sources, context);
  return FindingsExportSchema.parse({
    schemaVersion: FINDINGS_SCHEMA_VERSION,
    groups,
    spinChecks: checkSpin(
      sources.map((source) => source.id),
      claims,
      groups,
    ),
  });
}

/** The export as JSON text, indented for people who open it. */
export function serializeFindingsExport(document: FindingsExport): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
