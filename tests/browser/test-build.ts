import { readdirSync } from 'node:fs';

/**
 * The build the browser tests run against. playwright.config.ts builds it into its own folder
 * (ignored with node_modules/), so that another build of dist/ in the same working tree
 * cannot pull files from under a running test; built-pages.spec.ts reads the files there.
 * A run on another PREVIEW_PORT gets a folder of its own, so two runs in one tree never
 * rebuild each other's site mid-test.
 */
export const previewPort = Number(process.env.PREVIEW_PORT ?? 4391);
export const testBuildDirectory = `node_modules/.cache/explorer-browser-tests${process.env.PREVIEW_PORT ? `-${previewPort}` : ''}`;

/**
 * The hostile fixture: a source whose every field and paragraph carries script, markup,
 * script URLs and template syntax. The test build reads this folder as EXTRA_SOURCES_DIRECTORY
 * (src/corpus/load-corpus.ts), so every browser test runs on a site that holds it, and
 * hostile.spec.ts proves none of it runs.
 */
export const hostileSourcesDirectory = 'tests/fixtures/hostile-sources';

/** The ids of the fixture's sources (their file names without `.md`). */
export const hostileSourceIds = readdirSync(new URL(`../../${hostileSourcesDirectory}/`, import.meta.url))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/u, ''))
  .sort();
