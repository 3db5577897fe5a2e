import type { Browser, Page } from 'playwright-core';
import { serializeViewState } from '../../../src/search/facets.ts';
import { readMainThread, tasksBetween, TRACE_CATEGORIES, type TraceEvent } from './trace-tasks.ts';

/** One keystroke typed into the search box, and what it cost. */
export interface Keystroke {
  query: string;
  typed: string;
  /** From the input event to the frame that shows its results. */
  resultsMs: number;
  /** Main-thread time spent from the input event to that frame. */
  mainThreadMs: number;
  /** The longest single main-thread task in that stretch. */
  longestTaskMs: number;
}

/**
 * Watches the search page: every input event is stamped (`k<n>`, console.timeStamp, for the
 * trace) and timed; every time the results list shows a view (its data-view attribute, set by
 * src/components/claim-search.ts after drawing), the next animation frame is stamped
 * (`p<n>`) and timed, with the view it showed.
 */
const instrument = () => {
  const bench = { keys: 0, inputs: [] as number[], paints: [] as { keys: number; view: string; at: number }[] };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  document.addEventListener(
    'input',
    () => {
      bench.keys += 1;
      console.timeStamp(`k${bench.keys}`);
      bench.inputs[bench.keys] = performance.now();
    },
    true,
  );
  document.addEventListener('DOMContentLoaded', () => {
    const list = document.querySelector<HTMLElement>('#search-results');
    if (list === null) return;
    new MutationObserver(() => {
      const keys = bench.keys;
      const view = list.dataset['view'] ?? '';
      requestAnimationFrame(() => {
        console.timeStamp(`p${keys}`);
        bench.paints.push({ keys, view, at: performance.now() });
      });
    }).observe(list, { attributes: true, attributeFilter: ['data-view'] });
  });
};

/** The data-view the search page sets once it shows the results for a query. */
function viewOf(q: string): string {
  return serializeViewState({ q, facets: {}, commentary: false });
}

/**
 * Types each query into /search/ a key at a time, waiting for each keystroke's results to
 * be drawn before the next key (as a reader who watches the list), and clears the box
 * between queries. The whole session is traced, to find the main-thread work of each keystroke.
 */
export async function measureTyping(browser: Browser, origin: string, queries: readonly string[]): Promise<Keystroke[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(`${origin}/search/`);
  const box = page.getByRole('combobox', { name: 'Search claims' });
  await box.focus();
  await page.waitForLoadState('networkidle');

  await browser.startTracing(page, { categories: [...TRACE_CATEGORIES] });
  const pending: { query: string; typed: string; key: number; resultsMs: number }[] = [];
  let key = 0;
  for (const query of queries) {
    for (let length = 1; length <= query.length; length += 1) {
      const typed = query.slice(0, length);
      key += 1;
      await page.keyboard.type(query[length - 1]!);
      const resultsMs = await waitForPaint(page, key, viewOf(typed));
      pending.push({ query, typed, key, resultsMs });
    }
    await box.fill('');
    key += 1;
    await waitForPaint(page, key, viewOf(''));
  }
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  await context.close();

  const thread = readMainThread(trace.traceEvents);
  return pending.map(({ query, typed, key: number, resultsMs }) => {
    const from = thread.markers.get(`k${number}`);
    const to = thread.markers.get(`p${number}`);
    const tasks = from === undefined || to === undefined ? [] : tasksBetween(thread, from, to);
    return {
      query,
      typed,
      resultsMs,
      mainThreadMs: tasks.reduce((sum, task) => sum + task.duration, 0),
      longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    };
  });
}

/** Waits for the frame that shows `view` after keystroke `key`; returns the time from its input event. */
async function waitForPaint(page: Page, key: number, view: string): Promise<number> {
  const handle = await page.waitForFunction(
    ({ key: wanted, view: wantedView }) => {
      const bench = (window as unknown as { __bench: { inputs: number[]; paints: { keys: number; view: string; at: number }[] } }).__bench;
      const paint = bench.paints.find((candidate) => candidate.keys === wanted && candidate.view === wantedView);
      return paint === undefined ? null : paint.at - bench.inputs[wanted]!;
    },
    { key, view },
    { timeout: 30_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}
