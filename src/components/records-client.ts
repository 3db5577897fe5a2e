import type { SearchRecord } from '../search/search-record.ts';

/**
 * The browser's copy of the search records: fetched from /search-records.json the first
 * time a reader searches, never on page load, and shared by everything on the page.
 */
let loading: Promise<SearchRecord[]> | null = null;

/** The records, fetched once; a failed fetch may be retried by calling again. */
export function loadSearchRecords(): Promise<SearchRecord[]> {
  loading ??= fetch('/search-records.json', { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`search records: HTTP ${response.status}`);
      return response.json() as Promise<SearchRecord[]>;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
