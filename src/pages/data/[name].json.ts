import type { APIRoute, GetStaticPaths } from 'astro';
import { serializeClaimsExport } from '../../export/build-claims-export.ts';
import { claimsExportKey, loadClaimsExport } from '../../export/load-claims-export.ts';
import { serializeFindingsExport } from '../../findings/build-findings-export.ts';
import { findingsExportKey, loadFindingsExport } from '../../findings/load-findings-export.ts';

/**
 * The JSON exports: /data/claims.json (every claim, exclusion and source) and
 * /data/findings.json. A dynamic route, not two static files, because Astro reads cache keys
 * from getStaticPaths only: with one, a rebuild that changes no claim reuses the files instead
 * of writing megabytes of JSON again.
 */
const exportsByName = {
  claims: { key: claimsExportKey, body: async () => serializeClaimsExport(await loadClaimsExport()) },
  findings: { key: findingsExportKey, body: async () => serializeFindingsExport(await loadFindingsExport()) },
} as const;

export const getStaticPaths = (async () =>
  Promise.all(Object.entries(exportsByName).map(async ([name, { key }]) => ({ params: { name }, cacheKey: await key() })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await exportsByName[params.name as keyof typeof exportsByName].body(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
