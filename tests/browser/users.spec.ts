import { expect, test } from '@playwright/test';
import { searchRecords } from './routes.ts';

/** The three readers of issue 3, each doing what they came to do. */

test('a student types "dendritc spines" and opens a result about spines', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search claims' }).fill('dendritc spines');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=dendritc(\+|%20)spines/);

  const results = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?/);
  await expect(results.first().locator('mark').first()).toHaveText(/spine/i);

  await page.getByRole('combobox', { name: 'Search claims' }).press('ArrowDown');
  await expect(results.first()).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('combobox', { name: 'Search claims' }).press('Enter');
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+\/$/);
  await expect(page.locator('.claim-quote')).toContainText(/spine/i);
});

test('a clinician filters to humans, sees only human claims with the right count, and lands on a highlighted passage in the source', async ({
  page,
  request,
}) => {
  const expected = (await searchRecords(request)).filter((record) => record.species === 'human' && record.kind !== 'commentary');
  await page.goto('/claims/');
  const filters = page.locator('details.filter-details');
  if (!(await filters.evaluate((element) => (element as HTMLDetailsElement).open))) await filters.locator('summary').click();
  const humans = page.locator('fieldset[data-facet=species]').getByRole('checkbox', { name: /^Humans/ });
  // The panel's counts cover every claim, not only this page's.
  await expect(page.locator('fieldset[data-facet=species] [data-count-for="species:human"]')).toHaveText(String(expected.length));
  await humans.check();
  await page.getByRole('button', { name: 'Show matching claims' }).click();

  // The claims come a page at a time, so the filters search every claim on the search page.
  await expect(page).toHaveURL(/\/search\/\?species=human$/);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${expected.length} results`));
  const results = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
  await expect(results).toHaveCount(Math.min(10, expected.length));
  // Ten at a time: "Show more" until every human claim is listed.
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  while (await more.isVisible()) {
    const before = await results.count();
    await more.click();
    await expect(results).toHaveCount(Math.min(expected.length, before + 10));
  }
  await expect(results).toHaveCount(expected.length);
  expect(new Set(await results.locator('.badge-species').evaluateAll((badges) => badges.map((badge) => (badge as HTMLElement).dataset.species)))).toEqual(
    new Set(['human']),
  );
  await expect(page.locator('[data-count-for="species:human"]')).toHaveText(String(expected.length));

  await results.first().click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+\/$/);
  const claimId = page.url().match(/\/claims\/([a-z0-9-]+)\/$/)![1]!;
  await expect(page.locator('.badge-species').first()).toContainText('Humans');

  await page.getByRole('link', { name: 'Read it highlighted in the source' }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/[a-z0-9-]+/#${claimId}$`));
  const passage = page.locator(`[id="${claimId}"]`);
  await expect(passage).toBeInViewport();
  await expect(passage).toHaveClass(/\bclaim\b/);
  expect(await passage.evaluate((element) => element.matches(':target'))).toBe(true);
  const background = await passage.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('a reader follows a citation from the summary to its claim and back', async ({ page }) => {
  await page.goto('/');
  const citation = page.locator('.summary a.cite').first();
  const citationId = await citation.getAttribute('id');
  expect(citationId).toBe('cite-1');
  await expect(citation.locator('.badge-species')).toBeVisible();
  await expect(citation.locator('.badge-hedge')).toBeVisible();
  await citation.click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9-]+\/$/);

  await page.getByRole('link', { name: 'citation 1', exact: true }).click();
  await expect(page).toHaveURL(/\/#cite-1$/);
  await expect(page.locator('#cite-1')).toBeInViewport();
});

test('a reader who meets a technical term in the summary opens its plain definition', async ({ page }) => {
  await page.goto('/');
  const term = page.locator('.summary a.glossary-term', { hasText: /^prefrontal cortex$/iu });
  await expect(term).toHaveCount(1);
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/#prefrontal-cortex$/);
  const entry = page.locator('#prefrontal-cortex');
  await expect(entry).toBeInViewport();
  await expect(entry).toHaveText('Prefrontal cortex');
});

test('at 320 px no summary line opens with a citation or with the comma after one, and nothing overflows', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const runs = page.locator('.summary .cite-run');
  expect(await runs.count()).toBeGreaterThan(0);
  // Each run (a citation with the word before it, or with the punctuation after it) sits on one line.
  const split = await runs.evaluateAll((elements) =>
    elements.filter((element) => new Set([...element.getClientRects()].map((rect) => Math.round(rect.top))).size > 1).map((element) => element.textContent),
  );
  expect(split).toEqual([]);
});
