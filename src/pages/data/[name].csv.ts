import type { APIRoute, GetStaticPaths } from 'astro';
import { serializeClaimsCsv } from '../../export/build-claims-export.ts';
import { claimsExportKey, loadClaimsExport } from '../../export/load-claims-export.ts';

/** /data/claims.csv, one row per claim; a dynamic route for its cache key, as [name].json.ts says. */
export const getStaticPaths = (async () => [{ params: { name: 'claims' }, cacheKey: await claimsExportKey() }]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => new Response(serializeClaimsCsv(await loadClaimsExport()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
