import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, searchIndexData } from '../../../components/search-index-data.ts';
import { digestOf } from '../../../components/digest-of.ts';
import type { SearchRecord } from '../../../search/search-record.ts';

/** One search record by number, fetched only when a query needs it scored or shown. */
export const getStaticPaths = (async () => {
  const { records } = await searchIndexData();
  return records.map((record, number) => ({ params: { n: String(number) }, props: { record }, cacheKey: digestOf(record) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: SearchRecord }> = ({ props }) => jsonResponse(props.record);
