import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serializeViewState } from '../../../src/search/facets.ts';
import { addSizes, sizesOf, type ByteSizes } from '../byte-sizes.ts';

/** What a reader downloads for a first search: the search's scripts and the index parts it fetched. */
export interface FirstSearchBytes {
  query: string;
  /** The island's scripts and its worker. */
  scripts: ByteSizes;
  /** Index parts: head, shards and records. */
  index: ByteSizes;
  total: ByteSizes;
  /** How many index files were fetched, and how many of them were records. */
  indexFiles: number;
  recordFiles: number;
}

/**
 * Opens /search/?q=<query> in a fresh browser context (empty cache), waits until the results
 * are drawn, and sizes every script and index file the page and its worker fetched, from the
 * served folder, raw and compressed as a host would send them.
 */
export async function measureFirstSearch(browser: Browser, origin: string, siteDirectory: string, query: string): Promise<FirstSearchBytes> {
  const context = await browser.newContext();
  const paths = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.add(url.pathname);
  });
  const page = await context.newPage();
  const view = serializeViewState({ q: query, facets: {}, commentary: false });
  await page.goto(`${origin}/search/${view}`);
  await page.waitForFunction((wanted) => document.querySelector<HTMLElement>('#search-results')?.dataset['view'] === wanted, view, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await context.close();

  const sizeOf = (path: string) => sizesOf(readFileSync(join(siteDirectory, path.slice(1))));
  const scripts = [...paths].filter((path) => path.endsWith('.js'));
  const index = [...paths].filter((path) => path.startsWith('/search-index/'));
  const scriptBytes = addSizes(...scripts.map(sizeOf));
  const indexBytes = addSizes(...index.map(sizeOf));
  return {
    query,
    scripts: scriptBytes,
    index: indexBytes,
    total: addSizes(scriptBytes, indexBytes),
    indexFiles: index.length,
    recordFiles: index.filter((path) => path.startsWith('/search-index/records/')).length,
  };
}
