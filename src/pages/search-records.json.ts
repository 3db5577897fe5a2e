import type { APIRoute } from 'astro';
import { siteData } from '../components/site-data.ts';

/**
 * The search records as static JSON, fetched by the search page (and the claims page's
 * word filter) the first time a reader searches. No prebuilt fuse index ships: at this
 * size building it in the browser takes a few milliseconds (see the method page).
 */
export const GET: APIRoute = async () => {
  const { searchRecords } = await siteData();
  return new Response(JSON.stringify(searchRecords), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
