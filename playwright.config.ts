import { defineConfig, devices } from '@playwright/test';
import { hostileSourcesDirectory, previewPort, testBuildDirectory } from './tests/browser/test-build.ts';

/**
 * Browser tests against the production build: `astro build`, then `astro preview`.
 * Chromium comes from CHROMIUM_PATH, else the system's /usr/bin/chromium; no download.
 */
const port = previewPort;
/** The tests build into their own folder (tests/browser/test-build.ts says why). */
const outDir = testBuildDirectory;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/browser',
  // Like the build, a run on another PREVIEW_PORT keeps its results apart.
  outputDir: process.env.PREVIEW_PORT ? `test-results-${port}` : 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], headless: true } }],
  webServer: {
    // --ignore-lock: another engineer's preview server in the same tree must not stop this one.
    command: `npx astro build --outDir ${outDir} && npx astro preview --ignore-lock --outDir ${outDir} --host 127.0.0.1 --port ${port}`,
    // The site under test holds the hostile fixture source besides content/sources/
    // (src/corpus/load-corpus.ts reads this variable; real builds leave it unset).
    env: { EXTRA_SOURCES_DIRECTORY: hostileSourcesDirectory },
    url: `http://127.0.0.1:${port}/`,
    // Always a fresh production build: a server left running would test stale pages.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
