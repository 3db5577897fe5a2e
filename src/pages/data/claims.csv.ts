import type { APIRoute } from 'astro';
import { loadClaimsExport } from '../../export/load-claims-export.ts';
import { serializeClaimsCsv } from '../../export/build-claims-export.ts';

export const GET: APIRoute = async () =>
  new Response(serializeClaimsCsv(await loadClaimsExport()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
