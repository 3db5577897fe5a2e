import type { Browser } from 'playwright-core';

/** Both ways of searching, timed on the same page over the same records. */
export interface EngineComparison {
  records: number;
  /** Building fuse's index over every record, paid once before the first full scan. */
  fullScanIndexMs: number;
  fullScanMs: number[];
  /** The sharded index, its files already fetched: computing alone. */
  shardedMs: number[];
  /** Per query: the share of the full scan's top ten that the sharded search also returns. */
  recallAt10: number[];
}

/** Runs scripts/bench/search/search-lab.ts at /bench/ and times each query both ways. */
export async function measureEngines(browser: Browser, origin: string, queries: readonly string[]): Promise<EngineComparison> {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/`);
  await page.waitForFunction(() => document.documentElement.dataset['ready'] === 'true');
  page.setDefaultTimeout(600_000);
  return page.evaluate(async (list) => {
    type Lab = {
      loadRecords(url: string): Promise<number>;
      prepareFullScan(): number;
      fullScan(text: string): { ms: number; ids: string[] };
      sharded(text: string): Promise<{ ms: number; ids: string[] }>;
    };
    const lab = (globalThis as unknown as { searchLab: Lab }).searchLab;
    const records = await lab.loadRecords('/bench/records.json');
    const fullScanIndexMs = lab.prepareFullScan();
    // A first pass fetches every index file the queries need; the second is timed.
    for (const text of list) await lab.sharded(text);
    const fullScanMs: number[] = [];
    const shardedMs: number[] = [];
    const recallAt10: number[] = [];
    for (const text of list) {
      const full = lab.fullScan(text);
      const sharded = await lab.sharded(text);
      fullScanMs.push(full.ms);
      shardedMs.push(sharded.ms);
      const found = new Set(sharded.ids);
      recallAt10.push(full.ids.length === 0 ? 1 : full.ids.filter((id) => found.has(id)).length / full.ids.length);
    }
    return { records, fullScanIndexMs, fullScanMs, shardedMs, recallAt10 };
  }, queries);
}
