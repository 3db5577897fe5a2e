/**
 * The shapes the benchmark's runner and sections share. A section measures (`run`) and
 * describes what it measured (`render`); the runner keeps every section's JSON in
 * bench/results.json and renders bench/report.md from it, so a section run alone
 * (`--only=<name>`) updates its part of the report and the budget table without rerunning
 * the rest.
 */
import type { Browser } from 'playwright-core';
import type { ByteSizes } from './byte-sizes.ts';
import type { MachineInfo } from './machine-info.ts';
import type { BuildMeasurement, BuildRequest } from './measure-build.ts';
import type { StaticServer } from './static-server.ts';

/** A folder of generated sources, relative to the repository root. */
export interface GeneratedCorpus {
  count: number;
  directory: string;
  ids: string[];
}

/** What every section gets from the runner: the run's options and its shared helpers. */
export interface BenchContext {
  /** The repository root. */
  root: string;
  /** Where builds, corpora and logs go, relative to the root (under node_modules/.cache/). */
  workDirectory: string;
  /** Generated corpus sizes to measure (`--sizes`). */
  sizes: readonly number[];
  /** A build that runs longer is stopped and reported as timed out (`--build-timeout`, in minutes). */
  buildTimeoutSeconds: number;
  /** The JSON of every section, from this run or, for sections not run now, the last run. */
  results: ReadonlyMap<string, StoredSection>;
  /** Progress for whoever runs the benchmark; never part of the report. */
  log(message: string): void;
  /** Writes `count` generated sources (scripts/bench/generate-corpus.ts) to a folder of their own. */
  generateCorpus(count: number): GeneratedCorpus;
  /** Builds the site in a child process and times it (scripts/bench/measure-build.ts). */
  build(request: Omit<BuildRequest, 'timeoutSeconds'>): Promise<BuildMeasurement>;
  /** The real corpus (content/sources/ alone), built cold once per run and shared by the sections. */
  realSite(): Promise<BuildMeasurement>;
  /** The real corpus plus `count` generated sources, built cold once per run and shared by the sections. */
  corpusSite(count: number): Promise<BuildMeasurement>;
  /** Serves a built folder (relative to the root) on a free loopback port. */
  serve(directory: string, extraPages?: ReadonlyMap<string, string>): Promise<StaticServer>;
  /** The Chromium binary: CHROMIUM_PATH, else /usr/bin/chromium. */
  chromiumPath: string;
  /** Headless Chromium through playwright-core, with the flags this machine needs. */
  launchChromium(): Promise<Browser>;
}

/** One part of the report. */
export interface BenchSection<Json = unknown> {
  /** The `--only` name and the key in results.json. */
  name: string;
  title: string;
  run(context: BenchContext): Promise<Json>;
  /** The section's Markdown: tables and a short "what this means". */
  render(json: Json, stored: StoredSection<Json>): string;
}

/** A section's result as results.json keeps it. */
export interface StoredSection<Json = unknown> {
  title: string;
  /** When it was measured, and on what: sections run apart can come from different runs. */
  ranAt: string;
  machine: MachineInfo;
  /** The options it ran with (`sizes`), so that a quick run is never taken for a full one. */
  sizes: readonly number[];
  json: Json;
}

/** bench/results.json. */
export interface BenchResults {
  /** The run that wrote the file last. */
  machine: MachineInfo;
  sections: Record<string, StoredSection>;
}

/**
 * What the search section returns, for the budget table: one entry per corpus size it
 * measured. Sizes in bytes are what the browser transferred, compressed as served (Brotli).
 */
export interface SearchSectionJson {
  sizes: SearchMeasurement[];
}

export interface SearchMeasurement {
  /** Claims in the built corpus. */
  claims: number;
  /** Bytes downloaded from loading /search/ to the first results painted (page, scripts, index parts). */
  firstSearchBytes: number;
  /** Main-thread time per keystroke, from input event to the end of the task it starts. */
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  /** The longest main-thread task seen while typing. */
  longestTaskMs: number;
  /** Per keystroke, the longest main-thread task it caused: the 95th percentile over keystrokes. */
  longestTaskP95Ms: number;
  /** From keystroke to results painted, 95th percentile. */
  resultsP95Ms: number;
  /** A plain scan of every record for the same queries, as a baseline for the index. */
  fullScanMedianMs: number;
  /** fullScanMedianMs divided by the index's median query time. */
  speedup: number;
  /** Share of the full scan's top ten results that the index also returns in its top ten. */
  recallAt10: number;
}

/** What the bytes-per-route section returns; the budget table reads it. */
export interface BytesSectionJson {
  /** Claims in the real corpus's build, the site measured. */
  claims: number | null;
  routes: RouteBytes[];
  /** What /search/ downloads on load, and up to its first results (a query in the address). */
  search: SearchDownload | null;
}

export interface RouteBytes {
  name: string;
  path: string;
  html: ByteSizes;
  css: ByteSizes;
  js: ByteSizes;
  total: ByteSizes;
  /** The custom elements on the page: this site's islands. */
  islands: string[];
  /** Every stylesheet and script the first visit downloads, as site paths. */
  files: string[];
}

export interface SearchDownload {
  /** Loading /search/ and letting the network settle, before any query. */
  onLoad: DownloadTotals;
  /** Loading /search/?q=… and letting the network settle: the page, its scripts and whatever the first search fetched. */
  atFirstSearch: DownloadTotals;
  query: string;
}

export interface DownloadTotals {
  total: ByteSizes;
  /** Script bytes alone: the island and everything it loads. */
  js: ByteSizes;
  files: { path: string; type: string; sizes: ByteSizes }[];
}

/** What the Lighthouse section returns. */
export interface LighthouseSectionJson {
  lighthouseVersion: string;
  /** Lighthouse's form factor and throttling, as run. */
  settings: string;
  routes: LighthouseRoute[];
  /**
   * The same audit of a blank page (a heading and a paragraph, no stylesheet, no script) served
   * beside the routes: what the machine and Chromium cost before the site adds anything.
   */
  control?: LighthouseRoute;
}

export interface LighthouseRoute {
  name: string;
  path: string;
  /** Scores from 0 to 100, null where Lighthouse could not score the category. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** The audits that cost points, by category: what to fix. */
  failing: { category: string; id: string; title: string; score: number | null; displayValue?: string }[];
  error?: string;
  /** Lighthouse's measure of this machine's speed during the run (higher is faster): it moves with the load. */
  benchmarkIndex?: number;
  /** Performance score of each run, where the route was run more than once (null: the run failed). */
  performanceRuns?: (number | null)[];
}
