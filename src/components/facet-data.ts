import { facetCounts, facetKeys, facetOptions, facetValuesOf, type FacetKey, type FacetOption } from '../search/facets.ts';
import type { SearchRecord } from '../search/search-record.ts';

/** What FacetPanel needs, computed at build time from the search records. */
export interface FacetPanelData {
  options: Record<FacetKey, FacetOption[]>;
  counts: Record<FacetKey, ReadonlyMap<string, number>>;
  /** Values that occur anywhere in the data, commentary included. */
  present: Record<FacetKey, ReadonlySet<string>>;
}

export function facetPanelData(records: readonly SearchRecord[], sourceTitles: ReadonlyMap<string, string>): FacetPanelData {
  const present = Object.fromEntries(
    facetKeys.map((key) => [key, new Set(records.flatMap((record) => facetValuesOf(record, key)))]),
  ) as Record<FacetKey, Set<string>>;
  return {
    options: facetOptions(records, sourceTitles),
    counts: facetCounts(records, { facets: {}, commentary: false }),
    present,
  };
}

/**
 * How many values a facet may offer as checkboxes on a page that lists claims a page at a
 * time. The source and speaker facets grow with the corpus: at 2,000 sources every page of
 * /claims/ carried 2,000 checkboxes (760 KB of HTML a page, and so a build that grew with the
 * square of the corpus). Past this many, such a page names the facet and sends the reader to
 * the search page, which offers every value once.
 */
export const LISTED_VALUES_LIMIT = 40;

/** Per facet, the values a page offers: all of them, or none and how many there are, when they are more than `limit`. */
export function listedFacetValues(data: FacetPanelData, limit: number): Record<FacetKey, { options: FacetOption[]; hidden: number }> {
  return Object.fromEntries(
    facetKeys.map((key) => {
      const options = data.options[key].filter((option) => data.present[key].has(option.value));
      return [key, options.length > limit ? { options: [], hidden: options.length } : { options, hidden: 0 }];
    }),
  ) as Record<FacetKey, { options: FacetOption[]; hidden: number }>;
}
