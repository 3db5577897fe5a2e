import { expect, test } from '@playwright/test';
import { searchRecords } from './routes.ts';

/**
 * The claims pages: every claim a page at a time, grouped by source. Filters search every
 * claim on /search/, so no page claims to count what it does not hold; an address from before
 * pagination (/claims/?species=human) goes on to the search page with the same view.
 */

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pages together list every claim once, grouped by source, and commentary shows with its toggle', async ({ page, request }) => {
    const records = await searchRecords(request);
    const seen: string[] = [];
    let path: string | null = '/claims/';
    while (path !== null) {
      await page.goto(path);
      const cards = page.locator('.claim-card');
      const ids = await cards.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset.claim!));
      seen.push(...ids);
      const commentary = await page.locator('.claim-card[data-kind=commentary]').count();
      await expect(page.locator('.claim-card:visible')).toHaveCount(ids.length - commentary);
      await page.getByLabel(/Show commentary/).check();
      await expect(page.locator('.claim-card:visible')).toHaveCount(ids.length);
      path = await page.locator('nav[aria-label=Pagination] a[rel=next]').getAttribute('href', { timeout: 1000 }).catch(() => null);
    }
    expect(seen.toSorted()).toEqual(records.map((record) => record.id).toSorted());
    expect(new Set(seen).size).toBe(seen.length);
  });

  test('the claim, source and timeline pages ship no script', async ({ page }) => {
    for (const path of ['/', '/sources/', '/timeline/']) {
      await page.goto(path);
      await expect(page.locator('script[src], script[type=module]')).toHaveCount(0);
    }
  });

  test('the filter form submits to the search page, which searches every claim', async ({ page }) => {
    await page.goto('/claims/');
    await expect(page.locator('form.facets')).toHaveAttribute('action', '/search/');
    await expect(page.locator('form.facets')).toHaveAttribute('method', 'get');
  });
});

test('a shared address with filters opens the search page with the same view, so the claims page never hides cards after it paints', async ({
  page,
  request,
}) => {
  const records = await searchRecords(request);
  const expected = records.filter((record) => record.species === 'human' && record.hedge === 'hedged' && record.kind !== 'commentary');
  await page.goto('/claims/?species=human&hedge=hedged');
  await expect(page).toHaveURL(/\/search\/\?species=human&hedge=hedged$/);
  await expect(page.locator('#search-species-human')).toBeChecked();
  await expect(page.locator('#search-hedge-hedged')).toBeChecked();
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${expected.length} results?`));
});

test('words in an old claims address are searched for on the search page', async ({ page }) => {
  await page.goto('/claims/?q=spines');
  await expect(page).toHaveURL(/\/search\/\?q=spines$/);
  await expect(page.locator('#search-input')).toHaveValue('spines');
  await expect(page.locator('#search-results [role=option] mark').first()).toBeVisible();
});

test('checking a filter and submitting shows the matching claims across every page', async ({ page, request }) => {
  const records = await searchRecords(request);
  const mice = records.filter((record) => record.species === 'mouse' && record.kind !== 'commentary');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/claims/');
  await page.locator('#claims-species-mouse').check();
  await expect(page.locator('[data-active-filters]')).toHaveText(/on: Mice/);
  // The button that applies the filters is in view beside the box just checked, not two screens down.
  await expect(page.getByRole('button', { name: 'Show matching claims' })).toBeInViewport();
  await page.getByRole('button', { name: 'Show matching claims' }).click();
  await expect(page).toHaveURL(/\/search\/\?species=mouse$/);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${mice.length} results`));
  await page.goBack();
  await expect(page).toHaveURL(/\/claims\/$/);
});

test('commentary is hidden by default behind a visible toggle', async ({ page }) => {
  await page.goto('/claims/');
  const toggle = page.getByLabel(/Show commentary/);
  await expect(toggle).toBeVisible();
  await expect(page.locator('.claim-card[data-kind=commentary]:visible')).toHaveCount(0);
  const all = await page.locator('.claim-card').count();
  await toggle.check();
  await expect(page.locator('.claim-card:visible')).toHaveCount(all);
});

test("a badge's meaning is one link away from the list, and the Method page says what its tooltip says", async ({ page }) => {
  await page.goto('/claims/');
  const card = page.locator('.claim-card:visible').first();
  const badges = card.locator('.badge-hedge, .badge-kind');
  const shown = await badges.evaluateAll((elements) => elements.map((element) => ({ label: element.textContent!.trim(), title: element.getAttribute('title')! })));
  expect(shown).toHaveLength(2);
  await page.locator('.lede').getByRole('link', { name: 'what each label means' }).click();
  await expect(page).toHaveURL(/\/about\/#labels$/u);
  await expect(page.getByRole('heading', { name: 'What each label means' })).toBeInViewport();
  for (const { label, title } of shown) {
    const term = page.locator('.facts dt', { hasText: new RegExp(`^${label}$`, 'u') }).first();
    await expect(term.locator('xpath=following-sibling::dd[1]')).toHaveText(title);
  }
});
