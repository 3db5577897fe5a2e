import { getCollection } from 'astro:content';
import { digestOf } from '../components/digest-of.ts';
import type { Claim, Exclusion } from '../schemas/claim.ts';
import type { ClaimsExport } from '../schemas/export.ts';
import type { Source } from '../schemas/source.ts';
import { buildClaimsExport } from './build-claims-export.ts';

let reading: Promise<{ sources: Source[]; claims: Claim[]; exclusions: Exclusion[] }> | null = null;
let building: Promise<ClaimsExport> | null = null;

/** The collections the export is made of (the only Astro-aware part of the export); read once per build. */
function exportInputs() {
  reading ??= Promise.all([getCollection('sources'), getCollection('claims'), getCollection('exclusions')]).then(([sources, claims, exclusions]) => ({
    sources: sources.map((entry) => entry.data),
    claims: claims.map((entry) => entry.data),
    exclusions: exclusions.map((entry) => entry.data),
  }));
  return reading;
}

/** The export document from the content collections, built once per build for its JSON and CSV files. */
export function loadClaimsExport(): Promise<ClaimsExport> {
  building ??= exportInputs().then(({ sources, claims, exclusions }) => buildClaimsExport(sources, claims, exclusions));
  return building;
}

/**
 * A digest of everything the export is made of, for its files' cache keys: hashing the records
 * (most already hashed for the pages' keys) costs far less than writing the files out again.
 */
export async function claimsExportKey(): Promise<string> {
  return digestOf(await exportInputs());
}
