import type { APIRoute } from 'astro';
import { jsonResponse, searchIndexData } from '../../components/search-index-data.ts';

/** The search index's head: sizes, shard keys, label tables and facet rows (src/search/search-index-format.ts). */
export const GET: APIRoute = async () => jsonResponse((await searchIndexData()).head);
