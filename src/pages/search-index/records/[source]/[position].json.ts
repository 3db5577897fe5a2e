import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, searchIndexData } from '../../../../components/search-index-data.ts';
import { digestOf } from '../../../../components/digest-of.ts';
import type { SearchRecord } from '../../../../search/search-record.ts';

/**
 * One search record, served under its source (src/search/search-index-format.ts, `recordPaths`),
 * fetched only when a query needs it scored or shown. Its cache key is its content: a rebuild
 * after one source changed writes that source's records again and reuses every other file.
 */
export const getStaticPaths = (async () => {
  const { records, recordPaths } = await searchIndexData();
  return records.map((record, number) => {
    const [source, position] = recordPaths[number]!.split('/').slice(-2) as [string, string];
    return { params: { source: decodeURIComponent(source), position: position.replace(/\.json$/u, '') }, props: { record }, cacheKey: digestOf(record) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: SearchRecord }> = ({ props }) => jsonResponse(props.record);
