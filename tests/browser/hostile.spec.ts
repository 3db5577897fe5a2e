import { expect, test } from '@playwright/test';
import type { ClaimsExport } from '../../src/schemas/export.ts';
import { auditPage, watchPage } from './page-guards.ts';
import { hostileSourceIds } from './test-build.ts';

/**
 * The hostile fixture (tests/fixtures/hostile-sources/) renders inert. Its payloads set
 * window.__pwned or open a dialog if they ever run. These tests switch the CSP off
 * (bypassCSP), so they prove the escaping alone keeps every payload as text; csp.spec.ts
 * and the crawl prove the policy would refuse it besides.
 */
test.use({ bypassCSP: true });

const [hostileId] = hostileSourceIds;

async function hostileData(request: import('@playwright/test').APIRequestContext) {
  const data = (await (await request.get('/data/claims.json')).json()) as ClaimsExport;
  const source = data.sources.find((candidate) => candidate.id === hostileId)!;
  const claims = data.claims.filter((claim) => claim.sourceId === hostileId);
  return { source, claims };
}

/** Give event-handler payloads their chance: hover and focus everything in the main content, then let timers and image errors fire. */
async function provoke(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll('main *')) {
      for (const type of ['mouseover', 'focus', 'click', 'toggle', 'animationstart']) element.dispatchEvent(new Event(type));
    }
  });
  await page.waitForTimeout(300);
}

test('the fixture is in the build, with claims whose text holds the payloads', async ({ request }) => {
  const { source, claims } = await hostileData(request);
  expect(source.title).toContain("<script>window.__pwned='title'</script>");
  expect(claims.length).toBeGreaterThan(20);
  expect(claims.some((claim) => claim.text.includes("<script>window.__pwned='body-script'"))).toBe(true);
  expect(claims.some((claim) => claim.text.includes('\u202Egnp.exe\u202C'))).toBe(true);
});

test('the hostile source page shows every payload as text and runs none of them', async ({ page, request }) => {
  const { source } = await hostileData(request);
  const problems = await watchPage(page, () => `/sources/${hostileId}/`);
  await page.goto(`/sources/${hostileId}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(source.title);
  const main = page.locator('main');
  await expect(main).toBeVisible();
  for (const text of [
    "<script>window.__pwned='body-script';alert('body-script')</script>",
    `<img src=x onerror="window.__pwned='img-onerror';alert('img')">`,
    "[as the authors wrote](javascript:window.__pwned='md-link')",
    "</textarea><script>window.__pwned='textarea'</script>",
    "{{constructor.constructor('window.__pwned=\"angular\"')()}}",
    "${window.__pwned='template-literal'}",
    "&lt;img src=x onerror=\"window.__pwned='entity'\"&gt;",
    '\u202Egnp.exe\u202C',
  ]) {
    await expect(main, text).toContainText(text);
  }
  await expect(page.getByRole('link', { name: /^https:\/\/example\.org\/hostile/u })).toHaveAttribute('rel', 'external noopener noreferrer');
  await provoke(page);
  problems.push(...(await auditPage(page)));
  expect(problems).toEqual([]);
});

test('a right-to-left override the source leaves open does not reverse the claim after it', async ({ page }) => {
  await page.goto(`/sources/${hostileId}/`);
  const next = page.locator('a.claim', { hasText: 'Ketamine raised spine density in mice within 48 hours.' });
  await expect(next).toBeVisible();
  // Left to right, the K of "Ketamine" stands left of its last e; reversed, it would stand right of it.
  const [first, last] = await next.evaluate((element) => {
    const text = element.firstChild!;
    const xOf = (offset: number) => {
      const range = document.createRange();
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    return [xOf(0), xOf('Ketamine'.length - 1)];
  });
  expect(first).toBeLessThan(last);
});

test('no claim page of the hostile source runs a payload', async ({ page, request }) => {
  test.setTimeout(180_000);
  const { claims } = await hostileData(request);
  let current = '';
  const problems = await watchPage(page, () => current);
  for (const claim of claims) {
    current = `/claims/${claim.id}/`;
    await page.goto(current);
    await expect(page.locator('.claim-quote')).toContainText(claim.text.replace(/\s+/gu, ' ').slice(0, 40));
    await provoke(page);
    problems.push(...(await auditPage(page)));
  }
  expect(problems).toEqual([]);
});

test('search results show the payloads as text, and opening one runs nothing', async ({ page }) => {
  const problems = await watchPage(page, () => page.url());
  // Every payload names window.__pwned; "window" is a word the search can match.
  await page.goto('/search/?q=window&commentary=show');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  // Most of the fixture's payloads match: more than one page of results.
  const status = (await page.getByRole('status').textContent()) ?? '';
  expect(Number(/^(\d+) results/u.exec(status)?.[1])).toBeGreaterThan(10);
  expect(await options.count()).toBe(10);
  await expect(page.locator('#search-results')).toContainText('<script>window.__pwned');
  await expect(page.locator('#search-results mark').first()).toHaveText(/window/iu);
  for (const query of ['onerror', 'javascript', 'textarea', 'constructor']) {
    await page.getByRole('combobox', { name: 'Search claims' }).fill(query);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results?/u);
    await provoke(page);
    problems.push(...(await auditPage(page)));
  }
  await page.getByRole('combobox', { name: 'Search claims' }).press('ArrowDown');
  await page.getByRole('combobox', { name: 'Search claims' }).press('Enter');
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+\/$/u);
  problems.push(...(await auditPage(page)));
  expect(problems).toEqual([]);
});

test('the claims filtered to the hostile source, with words, highlight the payloads as text', async ({ page, request }) => {
  const { claims } = await hostileData(request);
  const problems = await watchPage(page, () => page.url());
  // A filtered claims address leads to the search page, which filters every claim.
  await page.goto(`/claims/?source=${hostileId}&commentary=show`);
  await expect(page).toHaveURL(/\/search\/\?/u);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${claims.length} results`, 'u'));
  await page.locator('#search-input').fill('window');
  await expect(page.locator('#search-results [role=option] mark').first()).toBeVisible();
  await provoke(page);
  problems.push(...(await auditPage(page)));
  expect(problems).toEqual([]);
});

test('the pages that list the hostile source or its claims run nothing', async ({ page }) => {
  test.setTimeout(120_000);
  let current = '';
  const problems = await watchPage(page, () => current);
  for (const path of ['/', '/sources/', '/claims/', '/findings/', '/studies/', '/studies/hostile-2025/', '/species/', '/timeline/', '/glossary/']) {
    current = path;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await provoke(page);
    problems.push(...(await auditPage(page)));
  }
  expect(problems).toEqual([]);
});
