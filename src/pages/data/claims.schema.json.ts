import type { APIRoute } from 'astro';
import { claimsExportJsonSchema } from '../../export/build-claims-export.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(claimsExportJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
