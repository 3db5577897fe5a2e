/**
 * The benchmark's page-side half, bundled for the browser (scripts/bench/search/prepare-search-site.ts)
 * and served at /bench/: the site's own search code, run on the page's main thread so that
 * both ways of searching are timed in the same browser, on the same records:
 * - `fullScan`: the plain fuse.js scan over every record (src/search/query.ts);
 * - `sharded`: the index the search page's worker uses (src/search/sharded-search.ts), its
 *   files fetched over HTTP once and then served from its own cache, so only computing is timed.
 */
import { query } from '../../../src/search/query.ts';
import type { SearchRecord } from '../../../src/search/search-record.ts';
import { createShardedSearch } from '../../../src/search/sharded-search.ts';

const everything = { facets: {}, commentary: false };

interface Timed {
  ms: number;
  ids: string[];
}

let records: SearchRecord[] = [];
const engine = createShardedSearch({
  load: async (path) => {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${path}`);
    return response.json() as Promise<unknown>;
  },
});

const lab = {
  async loadRecords(url: string): Promise<number> {
    records = (await (await fetch(url)).json()) as SearchRecord[];
    return records.length;
  },
  /** Builds fuse's index over all records (once), and says how long that took. */
  prepareFullScan(): number {
    const started = performance.now();
    query(records, 'ketamine', everything);
    return performance.now() - started;
  },
  fullScan(text: string): Timed {
    const started = performance.now();
    const results = query(records, text, everything).results;
    return { ms: performance.now() - started, ids: results.slice(0, 10).map((result) => result.record.id) };
  },
  async sharded(text: string): Promise<Timed> {
    const started = performance.now();
    const outcome = await engine.search(text, everything, 10);
    return { ms: performance.now() - started, ids: outcome.results.map((result) => result.record.id) };
  },
};

(globalThis as { searchLab?: typeof lab }).searchLab = lab;
document.documentElement.dataset.ready = 'true';
