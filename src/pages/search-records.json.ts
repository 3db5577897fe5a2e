import type { APIRoute } from 'astro';
import { siteData } from '../components/site-data.ts';

/**
 * Every search record in one static JSON file: for anyone reusing the data, for the browser
 * tests (which compare pages against it) and for the benchmark's full-scan baseline. No page
 * fetches it: the search page reads the sharded index (src/pages/search-index/), which
 * fetches only what a query needs.
 */
export const GET: APIRoute = async () => {
  const { searchRecords } = await siteData();
  return new Response(JSON.stringify(searchRecords), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
