import type { BuildTimeJson } from './build-time.ts';
import { coldBaseline, hasTwoColdBuilds, sharesWithoutFindings, type RebuildJson } from './rebuild.ts';
import type { BenchSection, BytesSectionJson, LighthouseSectionJson, SearchMeasurement, SearchSectionJson, StoredSection } from '../bench-types.ts';
import { formatBytes } from '../byte-sizes.ts';
import { markdownTable } from '../markdown-table.ts';
import { PAGEFIND_FIRST_SEARCH_BYTES, pagefindFirstSearchBytes } from '../pagefind-baseline.ts';
import { isPerfect } from './lighthouse.ts';

export type BudgetStatus = 'pass' | 'fail' | 'not measured';

export interface BudgetRow {
  budget: string;
  measured: string;
  status: BudgetStatus;
  /** The section the figure comes from, and when it ran. */
  from: string;
  whenBroken: string;
}

export interface BudgetsJson {
  rows: BudgetRow[];
}

/** The budget for the search island's scripts, fuse.js included, Brotli-compressed (1 KB = 1,000 bytes). */
export const SEARCH_SCRIPT_BUDGET_BYTES = 15_000;
export const KEYSTROKE_BUDGET_MS = 16;
export const RESULTS_PAINTED_BUDGET_MS = 50;
/**
 * Issue 6 asks for build time "close to linear" in the corpus and a rebuild that takes "a small
 * fraction" of a full build. Read here as: a source costs at most a quarter more at the largest
 * corpus measured than at the smallest, and a rebuild after one source changed takes at most a
 * quarter of a cold build's CPU time.
 */
export const LINEARITY_BUDGET_RATIO = 1.25;
export const REBUILD_BUDGET_SHARE = 0.25;

type Results = ReadonlyMap<string, StoredSection>;

function from(results: Results, name: string): { json: unknown; note: string } | null {
  const stored = results.get(name);
  return stored ? { json: stored.json, note: `${name}, ${stored.ranAt.slice(0, 10)}` } : null;
}

function notMeasured(budget: string, section: string, whenBroken: string): BudgetRow {
  return { budget, measured: `not measured: run \`npm run bench -- --only=${section}\``, status: 'not measured', from: section, whenBroken };
}

function noScriptWithoutIsland(results: Results): BudgetRow {
  const budget = 'No JavaScript on pages without an island';
  const whenBroken = 'Find what adds a `<script>` to the page (a component with a script block, a stray import in a layout) and move it to the island that needs it.';
  const bytes = from(results, 'bytes-per-route');
  if (!bytes) return notMeasured(budget, 'bytes-per-route', whenBroken);
  const routes = (bytes.json as BytesSectionJson).routes;
  const offenders = routes.filter((route) => route.js.raw > 0 && route.islands.length === 0);
  return {
    budget,
    measured: offenders.length === 0 ? `0 of ${routes.filter((route) => route.islands.length === 0).length} island-free routes load JS` : `JS on ${offenders.map((route) => `\`${route.path}\``).join(', ')}`,
    status: offenders.length === 0 ? 'pass' : 'fail',
    from: bytes.note,
    whenBroken,
  };
}

function searchScripts(results: Results): BudgetRow {
  const budget = `Search island JS, fuse.js included, < ${formatBytes(SEARCH_SCRIPT_BUDGET_BYTES)} compressed (Brotli)`;
  const whenBroken = 'Look at what the island and its worker import (`npx vite-bundle-visualizer` or the files listed under Bytes per route); import single functions, not whole modules, and keep labels and schemas out of the browser bundle.';
  const bytes = from(results, 'bytes-per-route');
  if (!bytes) return notMeasured(budget, 'bytes-per-route', whenBroken);
  const json = bytes.json as BytesSectionJson;
  const route = json.routes.find((candidate) => candidate.path === '/search/');
  const onLoad = route?.js;
  const atFirstSearch = json.search?.atFirstSearch.js;
  const judged = atFirstSearch ?? onLoad;
  if (!judged) return notMeasured(budget, 'bytes-per-route', whenBroken);
  const parts = [onLoad ? `${formatBytes(onLoad.brotli)} on load` : null, atFirstSearch ? `${formatBytes(atFirstSearch.brotli)} by the first search (${atFirstSearch.brotli.toLocaleString('en')} bytes; gzip ${formatBytes(atFirstSearch.gzip)})` : null].filter(Boolean);
  return { budget, measured: parts.join(', '), status: judged.brotli < SEARCH_SCRIPT_BUDGET_BYTES ? 'pass' : 'fail', from: bytes.note, whenBroken };
}

function searchSizes(results: Results): { sizes: SearchMeasurement[]; note: string } | null {
  const search = from(results, 'search');
  const sizes = (search?.json as SearchSectionJson | undefined)?.sizes;
  return search && sizes && sizes.length > 0 ? { sizes, note: search.note } : null;
}

function timing(results: Results, budget: string, limitMs: number, pick: (size: SearchMeasurement) => number, whenBroken: string): BudgetRow {
  const search = searchSizes(results);
  if (!search) return notMeasured(budget, 'search', whenBroken);
  const worst = search.sizes.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  return {
    budget,
    measured: search.sizes.map((size) => `${pick(size).toFixed(1)} ms at ${size.claims.toLocaleString('en')} claims`).join(', '),
    status: pick(worst) <= limitMs ? 'pass' : 'fail',
    from: search.note,
    whenBroken,
  };
}

function belowPagefind(results: Results): BudgetRow {
  const budget = 'First-search bytes below Pagefind at the same number of claims';
  const whenBroken = 'See which index parts the first query fetches (Bytes per route lists them); split the index finer or drop fields the first results do not need.';
  const search = searchSizes(results);
  const compare = (claims: number, bytes: number): string => `${formatBytes(bytes)} vs ${formatBytes(pagefindFirstSearchBytes(claims))} at ${claims.toLocaleString('en')} claims`;
  if (search) {
    const passes = search.sizes.every((size) => size.firstSearchBytes < pagefindFirstSearchBytes(size.claims));
    return { budget, measured: search.sizes.map((size) => compare(size.claims, size.firstSearchBytes)).join('; '), status: passes ? 'pass' : 'fail', from: search.note, whenBroken };
  }
  // Without the search section: the real corpus's first search, from the bytes section.
  const bytes = from(results, 'bytes-per-route');
  const json = bytes?.json as BytesSectionJson | undefined;
  const firstSearch = json?.search?.atFirstSearch.total.brotli;
  if (!bytes || !json?.claims || firstSearch === undefined) return notMeasured(budget, 'search', whenBroken);
  return {
    budget,
    measured: `${compare(json.claims, firstSearch)} (the real corpus alone)`,
    status: firstSearch < pagefindFirstSearchBytes(json.claims) ? 'pass' : 'fail',
    from: bytes.note,
    whenBroken,
  };
}

function lighthousePerfect(results: Results): BudgetRow {
  const budget = 'Lighthouse 100 in performance, accessibility, best practices and SEO on every route';
  const whenBroken = 'Read the failing audits under Lighthouse; layout and style fixes go in src/layouts/ and src/styles/, the rest to the page or component it names.';
  const lighthouse = from(results, 'lighthouse');
  if (!lighthouse) return notMeasured(budget, 'lighthouse', whenBroken);
  const { routes, control } = lighthouse.json as LighthouseSectionJson;
  const imperfect = routes.filter((route) => !isPerfect(route));
  const controlNote = control?.performance === null || control?.performance === undefined ? '' : `; a blank control page scores ${control.performance} in performance in the same run`;
  return {
    budget,
    measured: `${imperfect.length === 0 ? `100 on all ${routes.length} routes` : `below 100 on ${imperfect.map((route) => `\`${route.path}\` (${route.performance ?? 'failed'})`).join(', ')}`}${controlNote}`,
    status: imperfect.length === 0 ? 'pass' : 'fail',
    from: lighthouse.note,
    whenBroken,
  };
}

function linearBuilds(results: Results): BudgetRow {
  const budget = `Build time close to linear: a source costs ≤ ${LINEARITY_BUDGET_RATIO}× as much at the largest corpus as at the smallest (CPU)`;
  const whenBroken = 'Find the stage whose time grows faster than the corpus (the findings compare claims across sources; any loop over pairs of pages or claims): profile the largest build with `node --cpu-prof` and bound the pairs it visits.';
  const builds = from(results, 'build-time');
  const linearity = (builds?.json as BuildTimeJson | undefined)?.linearity;
  if (!builds || !linearity) return notMeasured(budget, 'build-time', whenBroken);
  const ratio = linearity.cpuRatio ?? linearity.wallRatio;
  return {
    budget,
    measured: `${ratio.toFixed(2)}× (${linearity.smallest.toFixed(3)} s a source at the smallest, ${linearity.largest.toFixed(3)} s at the largest)`,
    status: ratio <= LINEARITY_BUDGET_RATIO ? 'pass' : 'fail',
    from: builds.note,
    whenBroken,
  };
}

function smallRebuild(results: Results): BudgetRow {
  const budget = `A rebuild after one source changed reuses the others and takes ≤ ${Math.round(REBUILD_BUDGET_SHARE * 100)}% of a cold build's CPU time`;
  const whenBroken = 'Read the rebuild table: a phase that takes as long as in the cold build is not reusing its cache (a page without a cache key, a cache key that changes with any source, work over every source).';
  const rebuild = from(results, 'rebuild');
  const json = rebuild?.json as RebuildJson | undefined;
  const baseline = json ? coldBaseline(json) : null;
  const cold = baseline?.cpuSeconds;
  const changed = json?.oneChanged?.cpuSeconds;
  if (!rebuild || !json || cold === null || cold === undefined || changed === null || changed === undefined) return notMeasured(budget, 'rebuild', whenBroken);
  const share = changed / cold;
  const reused = json.onlyOneRead === true;
  const withoutFindings = baseline && json.oneChanged ? sharesWithoutFindings(baseline, json.oneChanged) : null;
  return {
    budget,
    measured: `${Math.round(share * 100)}% (${changed.toFixed(1)} s against ${cold.toFixed(1)} s${hasTwoColdBuilds(json) ? ', the faster of the run\'s two cold builds' : ''})${withoutFindings === null ? '' : `; the rest of the rebuild, without working out the findings, ${Math.round(withoutFindings.rebuildOnly * 100)}%`}; ${reused ? `1 of ${json.sources ?? '?'} sources through the pipeline again` : 'more than the changed source went through the pipeline again'}`,
    status: reused && share <= REBUILD_BUDGET_SHARE ? 'pass' : 'fail',
    from: rebuild.note,
    whenBroken,
  };
}

/** The budget table from whatever the other sections measured. */
export function budgetRows(results: Results): BudgetRow[] {
  return [
    linearBuilds(results),
    smallRebuild(results),
    noScriptWithoutIsland(results),
    searchScripts(results),
    // "Blocks the main thread" is one task that long: the longest task a keystroke causes, not the sum of its short ones (the search section reports both).
    timing(results, `No keystroke blocks the main thread > ${KEYSTROKE_BUDGET_MS} ms (longest task, p95)`, KEYSTROKE_BUDGET_MS, (size) => size.longestTaskP95Ms, 'Profile a keystroke in DevTools; move work off the main thread (into the worker), split long tasks, or debounce what need not run on every key.'),
    timing(results, `Results painted ≤ ${RESULTS_PAINTED_BUDGET_MS} ms after a keystroke (p95)`, RESULTS_PAINTED_BUDGET_MS, (size) => size.resultsP95Ms, 'Check whether the time goes to the query (index size, candidates scored) or to drawing (results drawn at once); draw fewer, reuse nodes.'),
    belowPagefind(results),
    lighthousePerfect(results),
  ];
}

/** Section 6: every budget, measured, with what to do when one breaks. Runs last, on the other sections' JSON. */
export const section: BenchSection<BudgetsJson> = {
  name: 'budgets',
  title: 'Budgets',
  async run(context) {
    return { rows: budgetRows(context.results) };
  },
  render(json) {
    const mark = (status: BudgetStatus): string => (status === 'pass' ? 'pass' : status === 'fail' ? '**FAIL**' : 'not measured');
    return [
      'Each figure comes from the section named in *from*, with the date it was measured.',
      '',
      markdownTable(
        [{ heading: 'budget' }, { heading: 'measured' }, { heading: 'result' }, { heading: 'from' }, { heading: 'when broken' }],
        json.rows.map((row) => [row.budget, row.measured, mark(row.status), row.from, row.whenBroken]),
      ),
      '',
      `Pagefind's first-search bytes (${PAGEFIND_FIRST_SEARCH_BYTES.map((point) => `${formatBytes(point.bytes)} at ${point.claims.toLocaleString('en')} claims`).join(', ')}, measured by the author of issue #6 on the same kind of claims) are interpolated linearly in log(claims) and log(bytes) between those four points: figures between them are estimates.`,
      '',
      `**What this means.** ${summary(json.rows)}`,
    ].join('\n');
  },
};

function summary(rows: readonly BudgetRow[]): string {
  const failed = rows.filter((row) => row.status === 'fail');
  const missing = rows.filter((row) => row.status === 'not measured');
  const parts = [failed.length === 0 ? 'No measured budget is broken.' : `${failed.length} budget${failed.length === 1 ? ' is' : 's are'} broken: ${failed.map((row) => row.budget).join('; ')}.`];
  if (missing.length > 0) parts.push(`${missing.length} not measured yet: ${missing.map((row) => row.budget).join('; ')}.`);
  return parts.join(' ');
}
