import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, searchIndexData } from '../../../components/search-index-data.ts';
import { digestOf } from '../../../components/digest-of.ts';
import type { TermShard } from '../../../search/search-index-format.ts';

/** One term shard: the indexed words with one first letter and their records. */
export const getStaticPaths = (async () => {
  const { shards } = await searchIndexData();
  return [...shards].map(([key, shard]) => ({ params: { key }, props: { shard }, cacheKey: digestOf(shard) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: TermShard }> = ({ props }) => jsonResponse(props.shard);
