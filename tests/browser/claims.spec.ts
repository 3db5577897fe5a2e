import { expect, test } from '@playwright/test';
import { searchRecords } from './routes.ts';

/** The claims page: the view lives in the URL, and the page works without JavaScript. */

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every claim is listed, grouped by source, and commentary shows with its toggle', async ({ page, request }) => {
    const records = await searchRecords(request);
    const commentary = records.filter((record) => record.kind === 'commentary').length;
    await page.goto('/claims/');
    await expect(page.locator('.claim-card')).toHaveCount(records.length);
    await expect(page.locator('.claim-card:visible')).toHaveCount(records.length - commentary);
    await expect(page.locator('section.claim-group h2')).toHaveCount(new Set(records.map((record) => record.sourceId)).size);
    await page.getByLabel(/Show commentary/).check();
    await expect(page.locator('.claim-card:visible')).toHaveCount(records.length);
  });

  test('the claim, source and timeline pages ship no script', async ({ page }) => {
    for (const path of ['/', '/sources/', '/timeline/']) {
      await page.goto(path);
      await expect(page.locator('script[src], script[type=module]')).toHaveCount(0);
    }
  });
});

test('the URL holds the view, so it can be shared', async ({ page, request }) => {
  const records = await searchRecords(request);
  const expected = records.filter((record) => record.species === 'human' && record.hedge === 'hedged' && record.kind !== 'commentary');
  await page.goto('/claims/?species=human&hedge=hedged');
  await expect(page.locator('.claim-card:visible')).toHaveCount(expected.length);
  await expect(page.locator('#claims-species-human')).toBeChecked();
  await expect(page.locator('#claims-hedge-hedged')).toBeChecked();
});

test('the back button restores the previous view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/claims/');
  const all = await page.locator('.claim-card:visible').count();
  await page.locator('#claims-species-mouse').check();
  await expect(page).toHaveURL(/species=mouse/);
  const mice = await page.locator('.claim-card:visible').count();
  expect(mice).toBeLessThan(all);
  await page.goBack();
  await expect(page).toHaveURL(/\/claims\/$/);
  await expect(page.locator('#claims-species-mouse')).not.toBeChecked();
  await expect(page.locator('.claim-card:visible')).toHaveCount(all);
});

test('words in the URL filter and highlight the claims', async ({ page }) => {
  await page.goto('/claims/?q=spines');
  await expect(page.locator('#claims-q')).toHaveValue('spines');
  const visible = page.locator('.claim-card:visible');
  await expect(visible.first().locator('mark').first()).toBeVisible();
  expect(await visible.count()).toBeGreaterThan(3);
});

test('filters that match nothing say so', async ({ page }) => {
  await page.goto('/claims/?q=zebrafish');
  await expect(page.getByRole('status')).toHaveText('0 claims match, commentary hidden.');
  await expect(page.getByText('No claim matches these filters.')).toBeVisible();
});

test('commentary is hidden by default behind a visible toggle', async ({ page, request }) => {
  const records = await searchRecords(request);
  await page.goto('/claims/');
  const toggle = page.getByLabel(/Show commentary/);
  await expect(toggle).toBeVisible();
  await expect(page.locator('.claim-card[data-kind=commentary]:visible')).toHaveCount(0);
  await toggle.check();
  await expect(page).toHaveURL(/commentary=show/);
  await expect(page.locator('.claim-card:visible')).toHaveCount(records.length);
});
