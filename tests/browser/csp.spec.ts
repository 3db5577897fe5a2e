import { expect, test, type Page } from '@playwright/test';
import { headersFor, readHeadersFile } from './headers-file.ts';
import { auditPage, watchPage } from './page-guards.ts';
import { resolvePath, routes } from './routes.ts';

/**
 * The Content-Security-Policy holds: every page template loads with no violation under the
 * meta tag alone (as `astro preview` serves it) and under the meta tag plus the headers of
 * public/_headers (as Netlify or Cloudflare Pages would serve it), the islands still work,
 * and the policy really refuses what it should (so a silent crawl means something).
 */

// A test may end while the page still fetches (the favicon): let those requests go quietly.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

/** Serve every response with the headers public/_headers gives its path, as a host that reads the file would. */
async function serveWithHeadersFile(page: Page): Promise<void> {
  const rules = readHeadersFile();
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const path = new URL(route.request().url()).pathname;
    await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, path) } });
  });
}

for (const route of routes) {
  test(`${route.name} loads with no CSP violation under the headers file's policy`, async ({ page, request }) => {
    const path = await resolvePath(route, request);
    const problems = await watchPage(page, () => path);
    await serveWithHeadersFile(page);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    if (route.name === 'search-results') await page.locator('#search-results [role=option]').first().waitFor();
    problems.push(...(await auditPage(page)));
    expect(problems).toEqual([]);
  });
}

for (const served of ['meta tag', 'meta tag and headers'] as const) {
  test.describe(`under the ${served}`, () => {
    test.beforeEach(async ({ page }) => {
      if (served === 'meta tag and headers') await serveWithHeadersFile(page);
    });

    test('the search island fetches its records, finds, highlights and opens a claim', async ({ page }) => {
      const problems = await watchPage(page, () => page.url());
      await page.goto('/search/');
      const box = page.getByRole('combobox', { name: 'Search claims' });
      await box.fill('dendritic spines');
      const options = page.getByRole('option');
      await expect(options.first()).toBeVisible();
      await expect(options.first().locator('mark').first()).toBeVisible();
      problems.push(...(await auditPage(page)));
      await box.press('ArrowDown');
      await box.press('Enter');
      await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+\/$/u);
      problems.push(...(await auditPage(page)));
      expect(problems).toEqual([]);
    });

    test('the claims page filters by facet on the search page, then by words, and keeps the view in the URL', async ({ page, request }) => {
      const problems = await watchPage(page, () => page.url());
      const records = (await (await request.get('/search-records.json')).json()) as { species: string; kind: string; text: string }[];
      const mice = records.filter((record) => record.species === 'mouse' && record.kind !== 'commentary').length;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/claims/');
      await page.locator('#claims-species-mouse').check();
      await page.getByRole('button', { name: 'Show matching claims' }).click();
      await expect(page).toHaveURL(/\/search\/\?species=mouse$/u);
      await expect(page.getByRole('status')).toHaveText(new RegExp(`^${mice} results`, 'u'));
      await page.locator('#search-input').fill('spines');
      await expect(page).toHaveURL(/q=spines/u);
      await expect(page.locator('#search-results [role=option] mark').first()).toBeVisible();
      problems.push(...(await auditPage(page)));
      expect(problems).toEqual([]);
    });
  });
}

test('an inline script or style attribute slipped into a page is refused, and the watch reports it', async ({ page }) => {
  const problems = await watchPage(page, () => '/about/');
  await page.route('**/about/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('<h1', '<script>window.__pwned = "inline";</script><h1 style="color: red"');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/about/');
  const found = await auditPage(page);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(found.filter((problem) => problem.includes('CSP violation: script-src-elem refused inline'))).toHaveLength(1);
  expect(found.filter((problem) => problem.includes('CSP violation: style-src-attr refused inline'))).toHaveLength(1);
  expect(problems.some((problem) => problem.includes('console error') && problem.includes('Content Security Policy'))).toBe(true);
});

test("the headers file's frame-ancestors keeps the pages out of frames, even our own", async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('frame-ancestors')) refused.push(message.text());
  });
  await serveWithHeadersFile(page);
  await page.goto('/about/');
  await page.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.src = '/glossary/';
    frame.title = 'framed';
    document.body.append(frame);
  });
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  // Chromium shows its own error page (ERR_BLOCKED_BY_RESPONSE) in place of ours.
  expect(framed?.url()).not.toContain('/glossary/');
  expect(await framed?.locator('.site-header').count()).toBe(0);
});
