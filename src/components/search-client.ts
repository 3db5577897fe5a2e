import type { ViewState } from '../search/facets.ts';
import type { ShardedOutcome } from '../search/sharded-search.ts';
import type { SearchRequest, SearchResponse } from './search-protocol.ts';
import workerUrl from './search-worker.ts?worker&url';

/**
 * The search page's side of its worker. Each call gets the outcome of its own query, or
 * null when a newer query overtook it. Where no worker can start (a browser without module
 * workers, from before 2023), every search fails and the page says so, pointing to the
 * claims page's filter, which needs no worker.
 */
export interface SearchClient {
  search(q: string, state: Pick<ViewState, 'facets' | 'commentary'>, shown: number): Promise<ShardedOutcome | null>;
}

/** The parts of the Trusted Types API this file uses (not yet in TypeScript's DOM library). */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): { createScriptURL(url: string): unknown };
}

/**
 * The site's CSP requires Trusted Types for script URLs and allows one policy, this one
 * (src/security/content-security-policy.ts). It passes only scripts of our own origin.
 */
const workerPolicyName = 'search-worker';

function trustedWorkerUrl(url: string): string | URL {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  const sameOrigin = (candidate: string) => {
    const parsed = new URL(candidate, window.location.href);
    if (parsed.origin !== window.location.origin) throw new TypeError(`refusing a worker script from ${parsed.origin}`);
    return parsed.href;
  };
  if (factory === undefined) return sameOrigin(url);
  return factory.createPolicy(workerPolicyName, { createScriptURL: sameOrigin }).createScriptURL(url) as string;
}

export function createSearchClient(): SearchClient {
  let sequence = 0;
  const waiting = new Map<number, { resolve: (outcome: ShardedOutcome | null) => void; reject: (error: Error) => void }>();
  let worker: Worker | null = null;
  try {
    worker = new Worker(trustedWorkerUrl(workerUrl), { type: 'module', name: 'search' });
  } catch {
    worker = null;
  }

  if (worker !== null) {
    worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
      const response = event.data;
      // Every request older than this answer has been overtaken: the worker dropped it.
      for (const [waitingSequence, { resolve }] of waiting) {
        if (waitingSequence < response.sequence) {
          resolve(null);
          waiting.delete(waitingSequence);
        }
      }
      const pending = waiting.get(response.sequence);
      waiting.delete(response.sequence);
      if ('error' in response) pending?.reject(new Error(response.error));
      else pending?.resolve(response.outcome);
    });
    // A worker that cannot load (blocked, or its file gone after a deploy) fails every query waiting on it.
    worker.addEventListener('error', () => {
      for (const { reject } of waiting.values()) reject(new Error('the search worker stopped'));
      waiting.clear();
    });
    const active = worker;
    return {
      search(q, state, shown) {
        sequence += 1;
        const request: SearchRequest = { sequence, q, state, shown };
        return new Promise((resolve, reject) => {
          waiting.set(request.sequence, { resolve, reject });
          active.postMessage(request);
        });
      },
    };
  }

  return {
    search: () => Promise.reject(new Error('this browser cannot start the search worker')),
  };
}
