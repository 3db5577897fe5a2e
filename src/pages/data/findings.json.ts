import type { APIRoute } from 'astro';
import { serializeFindingsExport } from '../../findings/build-findings-export.ts';
import { loadFindingsExport } from '../../findings/load-findings-export.ts';

export const GET: APIRoute = async () =>
  new Response(serializeFindingsExport(await loadFindingsExport()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
