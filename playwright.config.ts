import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the production build: `astro build`, then `astro preview`.
 * Chromium comes from CHROMIUM_PATH, else the system's /usr/bin/chromium; no download.
 */
const port = Number(process.env.PREVIEW_PORT ?? 4391);
/**
 * The tests build into their own folder (ignored with node_modules/), so that another
 * build of dist/ in the same working tree cannot pull files from under a running test.
 */
const outDir = 'node_modules/.cache/explorer-browser-tests';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
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
    url: `http://127.0.0.1:${port}/`,
    // Always a fresh production build: a server left running would test stale pages.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
