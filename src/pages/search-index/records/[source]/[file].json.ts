import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, searchIndexData } from '../../../../components/search-index-data.ts';
import { digestOf } from '../../../../components/digest-of.ts';
import type { SearchRecord } from '../../../../search/search-record.ts';

/**
 * A run of one source's search records (src/search/search-index-format.ts, `recordFiles`),
 * fetched only when it holds a record a query needs scored or shown. Its cache key is its
 * content: a rebuild after one source changed writes that source's files again and reuses
 * every other file.
 */
export const getStaticPaths = (async () => {
  const { recordFiles } = await searchIndexData();
  return [...recordFiles].map(([path, records]) => {
    const [source, file] = path.split('/').slice(-2) as [string, string];
    return { params: { source: decodeURIComponent(source), file: file.replace(/\.json$/u, '') }, props: { records }, cacheKey: digestOf(records) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: SearchRecord[] }> = ({ props }) => jsonResponse(props.records);
