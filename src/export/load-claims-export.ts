import { getCollection } from 'astro:content';
import type { ClaimsExport } from '../schemas/export.ts';
import { buildClaimsExport } from './build-claims-export.ts';

/** The export document from the content collections (the only Astro-aware part of the export). */
export async function loadClaimsExport(): Promise<ClaimsExport> {
  const [sources, claims, exclusions] = await Promise.all([getCollection('sources'), getCollection('claims'), getCollection('exclusions')]);
  return buildClaimsExport(
    sources.map((entry) => entry.data),
    claims.map((entry) => entry.data),
    exclusions.map((entry) => entry.data),
  );
}
