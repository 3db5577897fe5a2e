import { facetCounts, facetKeys, facetOptions, facetValuesOf, type FacetKey } from '../search/facets.ts';
import type { SearchRecord } from '../search/search-record.ts';

/** What FacetPanel needs, computed at build time from the search records. */
export function facetPanelData(records: readonly SearchRecord[], sourceTitles: ReadonlyMap<string, string>) {
  const present = Object.fromEntries(
    facetKeys.map((key) => [key, new Set(records.flatMap((record) => facetValuesOf(record, key)))]),
  ) as Record<FacetKey, Set<string>>;
  return {
    options: facetOptions(records, sourceTitles),
    counts: facetCounts(records, { facets: {}, commentary: false }),
    present,
  };
}
