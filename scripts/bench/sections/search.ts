import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { searchIndexDirectory } from '../../../src/search/search-index-format.ts';
import type { SearchRecord } from '../../../src/search/search-record.ts';
import { claimsPerGrownSource, grownRecords } from '../../../tests/unit/search/corpus-records.ts';
import type { BenchSection, SearchMeasurement, SearchSectionJson } from '../bench-types.ts';
import { formatBytes } from '../byte-sizes.ts';
import { markdownTable } from '../markdown-table.ts';
import { pagefindFirstSearchBytes } from '../pagefind-baseline.ts';
import { measureEngines } from '../search/measure-engines.ts';
import { measureFirstSearch, type FirstSearchBytes } from '../search/measure-first-search.ts';
import { measureTyping } from '../search/measure-typing.ts';
import { prepareSearchSite } from '../search/prepare-search-site.ts';

/**
 * Search, measured in Chromium against the built site: the real corpus, and the same site
 * with 10,000 and 50,000 claims in its search index (the real claims recombined, two
 * sentences a claim, by the seeded generator the unit tests use). For each: the bytes of a
 * first search, every keystroke of the fixed query list typed into /search/ (time to results
 * drawn, main-thread time, longest task, from a Chromium trace), and on one page the sharded
 * search against a plain fuse.js scan of every record, for speed and recall@10.
 */

/** Claims in the grown indexes; the real corpus comes first. */
const grownSizes = [10_000, 50_000] as const;
const firstQuery = 'dendritic spines';

export interface SearchSizeDetail extends SearchMeasurement {
  label: string;
  firstSearch: FirstSearchBytes;
  pagefindBytes: number;
  keystrokes: number;
  resultsMedianMs: number;
  longestTaskP95Ms: number;
  shardedMedianMs: number;
  fullScanIndexMs: number;
  /** Keystrokes whose main-thread work exceeded one frame (16 ms). */
  keystrokesOverFrame: number;
}

export interface SearchDetailJson extends SearchSectionJson {
  sizes: SearchSizeDetail[];
  queries: string[];
}

function readQueries(root: string): string[] {
  return readFileSync(join(root, 'tests/fixtures/search-queries.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}

const median = (values: readonly number[]) => percentile(values, 0.5);
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export const searchSection: BenchSection<SearchDetailJson> = {
  name: 'search',
  title: 'Search in the browser',
  async run(context) {
    const queries = readQueries(context.root);
    const real = await context.realSite();
    const realRecords = JSON.parse(readFileSync(resolve(context.root, real.outDir, 'search-records.json'), 'utf8')) as SearchRecord[];
    const browser = await context.launchChromium();
    const sizes: SearchSizeDetail[] = [];
    try {
      for (const count of [null, ...grownSizes]) {
        const label = count === null ? 'real corpus' : `${count.toLocaleString('en')} claims`;
        const target = `${context.workDirectory}/search-sites/${count ?? 'real'}`;
        context.log(`search: preparing ${label}`);
        const claims = await prepareSearchSite(context.root, real.outDir, target, count === null ? null : grownRecords(realRecords, count));
        const server = await context.serve(target);
        try {
          // A host serves the index precompressed; without this the first fetch of each part
          // would time this server's Brotli, not the page (scripts/bench/static-server.ts).
          context.log(`search: ${label}: compressed ${server.precompress(searchIndexDirectory)} index files`);
          context.log(`search: ${label}: first search`);
          const firstSearch = await measureFirstSearch(browser, server.origin, resolve(context.root, target), firstQuery);
          context.log(`search: ${label}: typing ${queries.length} queries`);
          const keystrokes = await measureTyping(browser, server.origin, queries);
          context.log(`search: ${label}: sharded index against a full fuse.js scan`);
          const engines = await measureEngines(browser, server.origin, queries);
          const shardedMedianMs = median(engines.shardedMs);
          const fullScanMedianMs = median(engines.fullScanMs);
          sizes.push({
            label,
            claims,
            firstSearch,
            firstSearchBytes: firstSearch.total.brotli,
            pagefindBytes: pagefindFirstSearchBytes(claims),
            keystrokes: keystrokes.length,
            keystrokeMedianMs: round(median(keystrokes.map((key) => key.mainThreadMs))),
            keystrokeP95Ms: round(percentile(keystrokes.map((key) => key.mainThreadMs), 0.95)),
            keystrokesOverFrame: keystrokes.filter((key) => key.longestTaskMs > 16).length,
            longestTaskMs: round(Math.max(0, ...keystrokes.map((key) => key.longestTaskMs))),
            longestTaskP95Ms: round(percentile(keystrokes.map((key) => key.longestTaskMs), 0.95)),
            resultsMedianMs: round(median(keystrokes.map((key) => key.resultsMs))),
            resultsP95Ms: round(percentile(keystrokes.map((key) => key.resultsMs), 0.95)),
            fullScanIndexMs: round(engines.fullScanIndexMs),
            fullScanMedianMs: round(fullScanMedianMs, 2),
            shardedMedianMs: round(shardedMedianMs, 2),
            speedup: round(fullScanMedianMs / Math.max(shardedMedianMs, 0.01)),
            recallAt10: round(engines.recallAt10.reduce((sum, recall) => sum + recall, 0) / engines.recallAt10.length, 3),
          });
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
    return { sizes, queries };
  },
  render(json) {
    const bytes = markdownTable(
      [
        { heading: 'Corpus' },
        { heading: 'Claims', numeric: true },
        { heading: 'Scripts (br)', numeric: true },
        { heading: 'Index parts (br)', numeric: true },
        { heading: 'Files', numeric: true },
        { heading: 'First search, br / gzip / raw', numeric: true },
        { heading: 'Pagefind', numeric: true },
      ],
      json.sizes.map((size) => [
        size.label,
        size.claims.toLocaleString('en'),
        formatBytes(size.firstSearch.scripts.brotli),
        formatBytes(size.firstSearch.index.brotli),
        `${size.firstSearch.indexFiles} (${size.firstSearch.recordFiles} of records)`,
        `${formatBytes(size.firstSearch.total.brotli)} / ${formatBytes(size.firstSearch.total.gzip)} / ${formatBytes(size.firstSearch.total.raw)}`,
        formatBytes(size.pagefindBytes),
      ]),
    );
    const typing = markdownTable(
      [
        { heading: 'Corpus' },
        { heading: 'Keystrokes', numeric: true },
        { heading: 'Results drawn, median / p95', numeric: true },
        { heading: 'Main thread per key, median / p95', numeric: true },
        { heading: 'Longest task, p95 / max', numeric: true },
        { heading: 'Keys over 16 ms', numeric: true },
      ],
      json.sizes.map((size) => [
        size.label,
        size.keystrokes,
        `${size.resultsMedianMs} / ${size.resultsP95Ms} ms`,
        `${size.keystrokeMedianMs} / ${size.keystrokeP95Ms} ms`,
        `${size.longestTaskP95Ms} / ${size.longestTaskMs} ms`,
        size.keystrokesOverFrame,
      ]),
    );
    const engines = markdownTable(
      [
        { heading: 'Corpus' },
        { heading: 'Full fuse.js scan, median', numeric: true },
        { heading: 'Its index, built once', numeric: true },
        { heading: 'Sharded index, median', numeric: true },
        { heading: 'Faster by', numeric: true },
        { heading: 'Recall@10', numeric: true },
      ],
      json.sizes.map((size) => [
        size.label,
        `${size.fullScanMedianMs} ms`,
        `${size.fullScanIndexMs} ms`,
        `${size.shardedMedianMs} ms`,
        `${size.speedup}×`,
        size.recallAt10.toFixed(3),
      ]),
    );
    return [
      `Measured in headless Chromium against the built site, served compressed by scripts/bench/static-server.ts. The grown corpora keep the real site and replace its search index with ${grownSizes.map((size) => size.toLocaleString('en')).join(' and ')} claims recombined from the real ones (two real claims' sentences each, by the seeded generator in tests/unit/search/corpus-records.ts), filed as on the site: each source's claims together, ${claimsPerGrownSource} to a source. The query list is tests/fixtures/search-queries.txt: ${json.queries.length} queries, half of them typos.`,
      '',
      `**First search.** A fresh browser opens \`/search/?q=${firstQuery.replace(' ', '+')}\`; counted are the scripts (the island and its worker, fuse.js inside) and every index part fetched until the results are drawn, each file compressed on its own as a host sends it. Pagefind's figures are the issue's measurements, interpolated in log–log between them.`,
      '',
      bytes,
      '',
      '**Typing.** Every query is typed a key at a time into /search/, waiting for each key\'s results; the box is cleared between queries. "Results drawn" runs from the input event to the animation frame after the list changed; main-thread time and the longest task come from a Chromium trace of the session (all renderer main-thread tasks between those two moments).',
      '',
      typing,
      '',
      '**Against a full scan.** On one page, the same records searched both ways for every query: the site\'s `query` over all records (fuse.js scoring every one), and the sharded index with its parts already fetched (computing only). Recall@10 is the share of the full scan\'s top ten that the sharded search also returns.',
      '',
      engines,
    ].join('\n');
  },
};
