import type { APIRoute } from 'astro';
import { loadClaimsExport } from '../../export/load-claims-export.ts';
import { serializeClaimsExport } from '../../export/build-claims-export.ts';

export const GET: APIRoute = async () =>
  new Response(serializeClaimsExport(await loadClaimsExport()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
