import { getCollection } from 'astro:content';
import type { FindingsExport } from '../schemas/finding.ts';
import { buildFindingsExport } from './build-findings-export.ts';

/**
 * The findings from the content collections. The one Astro-aware module of src/findings/, kept
 * as thin as src/export/load-claims-export.ts: pages and the endpoint call it; everything it
 * calls is pure and tested without Astro.
 */
export async function loadFindingsExport(): Promise<FindingsExport> {
  const [sources, claims] = await Promise.all([getCollection('sources'), getCollection('claims')]);
  return buildFindingsExport(
    sources.map((entry) => entry.data),
    claims.map((entry) => entry.data),
  );
}
