import { expect, test } from '@playwright/test';
import { searchRecords } from './routes.ts';

/**
 * Long lists come a page at a time (src/components/paginate-list.ts has the slicing and its
 * unit tests with small pages). The test build holds more claims than one page, so the
 * claims pages are walked here; the other lists of the real corpus fit on one page and show
 * no bar at all.
 */

test('a keyboard reader walks the claims pages with Next and Previous, and the current page is marked', async ({ page }) => {
  await page.goto('/claims/');
  const nav = page.getByRole('navigation', { name: 'Pagination', exact: true });
  await expect(nav).toContainText(/Page 1 of \d+/);
  await expect(nav.locator('[aria-current=page]')).toHaveText('1');
  await expect(nav.locator('a[rel=prev]')).toHaveCount(0);
  const firstCard = await page.locator('.claim-card').first().getAttribute('data-claim');

  const next = nav.getByRole('link', { name: 'Next →' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/2\/$/);
  await expect(nav.locator('[aria-current=page]')).toHaveText('2');
  await expect(nav).toContainText(/Page 2 of \d+/);
  await expect(page).toHaveTitle(/^Claims, page 2 of \d+/);
  expect(await page.locator('.claim-card').first().getAttribute('data-claim')).not.toBe(firstCard);

  await nav.getByRole('link', { name: '← Previous' }).click();
  await expect(page).toHaveURL(/\/claims\/$/);
  await expect(page.locator('.claim-card').first()).toHaveAttribute('data-claim', firstCard!);
});

test('the bar below the list links the same pages as the bar above it', async ({ page }) => {
  await page.goto('/claims/2/');
  const hrefs = (name: string) =>
    page.getByRole('navigation', { name, exact: true }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(await hrefs('Pagination, bottom')).toEqual(await hrefs('Pagination'));
  await page.getByRole('navigation', { name: 'Pagination, bottom', exact: true }).getByRole('link', { name: 'Page 1' }).click();
  await expect(page).toHaveURL(/\/claims\/$/);
});

test('a claim on a later page links back to the page that holds its card', async ({ page }) => {
  await page.goto('/claims/2/');
  const claimId = await page.locator('.claim-card:visible').first().getAttribute('data-claim');
  await page.goto(`/claims/${claimId}/`);
  await page.locator('#main').getByRole('link', { name: 'Claims', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/2/#claim-${claimId}$`));
  await expect(page.locator(`[id="claim-${claimId}"]`)).toBeInViewport();
});

test('lists that fit on one page show no pagination bar', async ({ page, request }) => {
  const records = await searchRecords(request);
  expect(new Set(records.map((record) => record.sourceId)).size).toBeLessThan(150);
  for (const path of ['/sources/', '/studies/', '/findings/', '/timeline/']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: /^Pagination/ }), path).toHaveCount(0);
  }
  const missing = await request.get('/sources/2/');
  expect(missing.status()).toBe(404);
});

test('the timeline link of a claim lands on its mark', async ({ page }) => {
  await page.goto('/timeline/');
  const mark = page.locator('.timeline-figure a.mark[id^=mark-]').first();
  const claimId = (await mark.getAttribute('id'))!.slice('mark-'.length);
  await page.goto(`/claims/${claimId}/`);
  await page.getByRole('link', { name: 'on the timeline', exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/timeline/#mark-${claimId}$`));
});
