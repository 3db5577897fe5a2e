import type { ViewState } from '../search/facets.ts';
import type { ShardedOutcome } from '../search/sharded-search.ts';

/** What the search page asks its worker (src/components/search-worker.ts). */
export interface SearchRequest {
  /** Rises with every request; the worker answers only the latest it has seen. */
  sequence: number;
  q: string;
  state: Pick<ViewState, 'facets' | 'commentary'>;
  shown: number;
}

/** The worker's answer: the outcome, or why there is none. */
export type SearchResponse = { sequence: number; outcome: ShardedOutcome } | { sequence: number; error: string };

/** Fetch one file of the search index as JSON; a failed fetch rejects, so it is tried again next time. */
export async function loadIndexFile(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${path}`);
  return response.json() as Promise<unknown>;
}
