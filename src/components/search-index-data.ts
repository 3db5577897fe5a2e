import { buildSearchIndex, type SearchIndex } from '../search/build-search-index.ts';
import { siteData } from './site-data.ts';

let building: Promise<SearchIndex> | null = null;

/** The sharded search index of the site's records, built once per build for the endpoints under /search-index/. */
export function searchIndexData(): Promise<SearchIndex> {
  building ??= siteData().then(({ searchRecords }) => buildSearchIndex(searchRecords));
  return building;
}

/** A JSON response as every index file is served. */
export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
