/// <reference lib="webworker" />
import { createShardedSearch } from '../search/sharded-search.ts';
import { loadIndexFile, type SearchRequest, type SearchResponse } from './search-protocol.ts';

/**
 * The search page's worker: it fetches the index parts and runs every query, so typing never
 * waits for a search, however large the corpus. It answers only the newest request: one
 * overtaken while its parts were loading is dropped rather than drawn and replaced.
 */
declare const self: DedicatedWorkerGlobalScope;

const engine = createShardedSearch({ load: loadIndexFile });

let newest = 0;

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const { sequence, q, state, shown } = event.data;
  newest = Math.max(newest, sequence);
  engine.search(q, state, shown).then(
    (outcome) => {
      if (sequence === newest) self.postMessage({ sequence, outcome } satisfies SearchResponse);
    },
    (error: unknown) => {
      if (sequence === newest) self.postMessage({ sequence, error: String(error) } satisfies SearchResponse);
    },
  );
});
