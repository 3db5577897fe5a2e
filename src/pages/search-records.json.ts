import type { APIRoute } from 'astro';
import { siteData } from '../components/site-data.ts';

/**
 * Every search record in one static JSON file, for the claims page's word filter, which
 * fetches it the first time a reader types a word there. The search page reads the sharded
 * index instead (src/pages/search-index/), which fetches only what a query needs.
 */
export const GET: APIRoute = async () => {
  const { searchRecords } = await siteData();
  return new Response(JSON.stringify(searchRecords), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
