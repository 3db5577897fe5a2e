import { expect, test } from '@playwright/test';

/** The search island: fetched on first use, keyboard and screen-reader behaviour, and inputs that must not break it. */

const box = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: 'Search claims' });

test('the index is fetched in parts: its head when search is first used, then only what a query needs', async ({ page }) => {
  const fetched: string[] = [];
  const recordIds: string[] = [];
  let recordCount = 0;
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/search-index/') || pathname.includes('search-worker')) fetched.push(pathname);
  });
  page.on('response', async (response) => {
    const { pathname } = new URL(response.url());
    if (pathname === '/search-index/index.json') recordCount = ((await response.json()) as { count: number }).count;
    if (!pathname.startsWith('/search-index/records/')) return;
    for (const record of (await response.json()) as { id: string }[]) recordIds.push(record.id);
  });
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await box(page).focus();
  await expect.poll(() => fetched.filter((path) => path === '/search-index/index.json').length).toBe(1);
  expect(fetched.some((path) => path.includes('search-worker'))).toBe(true);
  expect(fetched.filter((path) => path.startsWith('/search-index/terms/'))).toEqual([]);

  await box(page).fill('spines');
  const options = page.locator('#search-results [role=option]');
  await expect(options.first()).toBeVisible();
  expect(fetched.filter((path) => path.startsWith('/search-index/terms/'))).toEqual(['/search-index/terms/s.json']);
  const recordFiles = fetched.filter((path) => path.startsWith('/search-index/records/'));
  // Only the files holding the records fuse scores (the 10 shown and a margin of 5), each once.
  expect(recordFiles.length).toBeGreaterThanOrEqual(1);
  expect(recordFiles.length).toBeLessThanOrEqual(15);
  expect(new Set(recordFiles).size).toBe(recordFiles.length);
  const shownIds = await options.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['claim']));
  await expect.poll(() => shownIds.filter((id) => !recordIds.includes(id!))).toEqual([]);
  // Never the whole corpus.
  expect(recordIds.length).toBeLessThan(recordCount);
});

test('no page but the search page loads the search records or the island', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().includes('search-records') || request.url().includes('search-index')) scripts.push(request.url());
  });
  for (const path of ['/', '/sources/', '/timeline/', '/glossary/', '/about/', '/species/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts).toEqual([]);
});

test('"/" focuses the search box from anywhere on the page', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('');
});

test('arrow keys move through results, Enter opens one, Escape clears', async ({ page }) => {
  await page.goto('/search/');
  await box(page).fill('ketamine');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');

  await box(page).press('ArrowDown');
  await box(page).press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await box(page).press('ArrowUp');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
  await expect(options).toHaveCount(0);
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page).toHaveURL(/\/search\/$/);

  await box(page).fill('hipocampus');
  await expect(options.first()).toBeVisible();
  const claimId = await options.first().getAttribute('data-claim');
  await box(page).press('ArrowDown');
  await box(page).press('Enter');
  await expect(page).toHaveURL(`/claims/${claimId}/`);
  // The address records typing only once the reader pauses; opening a result writes it first, so Back returns to the query.
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=hipocampus$/);
  await expect(box(page)).toHaveValue('hipocampus');
});

test('a key that leaves the results as they are keeps the option the reader chose', async ({ page }) => {
  await page.goto('/search/');
  await box(page).fill('ketamine');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  await box(page).press('ArrowDown');
  await box(page).press('ArrowDown');
  const chosen = (await options.nth(1).getAttribute('id'))!;
  const claim = await options.nth(1).getAttribute('data-claim');
  // A space, then one letter: neither is a term of its own, so the results stay.
  await box(page).press('Space');
  await box(page).press('s');
  await expect(page.getByRole('status')).toHaveText(/result/u);
  await expect(page.locator('#search-results')).toHaveAttribute('data-view', /q=ketamine\+s$/u);
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toHaveAttribute('data-claim', claim!);
  await expect(box(page)).toHaveAttribute('aria-activedescendant', chosen);
  // Letters that change the results start the choice again.
  await box(page).pressSequentially('pi');
  await expect(page.locator('#search-results')).toHaveAttribute('data-view', /q=ketamine\+spi$/u);
  await expect(options.first()).toBeVisible();
  await expect(box(page)).not.toHaveAttribute('aria-activedescendant', /./u);
  await expect(page.locator('#search-results [aria-selected=true]')).toHaveCount(0);
});

test('typing updates the address once the reader pauses, not once a key', async ({ page }) => {
  await page.addInitScript(() => {
    const original = history.replaceState.bind(history);
    (window as unknown as { replaced: string[] }).replaced = [];
    history.replaceState = (data, unused, url) => {
      (window as unknown as { replaced: string[] }).replaced.push(String(url));
      original(data, unused, url);
    };
  });
  await page.goto('/search/');
  await box(page).focus();
  await page.waitForLoadState('networkidle');
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  // Eight keys faster than any pause, whatever the machine's load: one input event a letter, in one go.
  await box(page).evaluate((input: HTMLInputElement) => {
    for (const letter of 'ketamine') {
      input.value += letter;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: letter, inputType: 'insertText' }));
    }
  });
  await expect(page).toHaveURL(/\/search\/\?q=ketamine$/);
  await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { replaced: string[] }).replaced)).toEqual(['/search/?q=ketamine']);
  // Chromium fetches the page's icon again on each address change: once for the word, not once a key.
  expect(fetched.filter((path) => !path.startsWith('/search-index/')).length).toBeLessThanOrEqual(1);
});

test('filters without words list claims in reading order and say "first", not "best"', async ({ page }) => {
  await page.goto('/search/?species=mouse');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results, showing the first 10\.$/);
  await box(page).fill('spines');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?(, showing the best \d+)?\.$/);
});

test('one polite live region announces the number of results', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('[aria-live]')).toHaveCount(1);
  await expect(page.locator('[aria-live]')).toHaveAttribute('aria-live', 'polite');
  await box(page).fill('prefontal cortex');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?(, showing the best \d+)?\.$/);
});

test('"Show more" adds the next ten results and is gone once all are shown', async ({ page }) => {
  await page.goto('/search/?q=ketamine');
  const options = page.locator('#search-results [role=option]');
  await expect(options).toHaveCount(10);
  const status = page.getByRole('status');
  const total = Number((await status.textContent())!.match(/^(\d+) results, showing the best 10\.$/)![1]);
  expect(total).toBeGreaterThan(20);
  const first10 = await options.evaluateAll((items) => items.map((item) => item.getAttribute('data-claim')));

  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  await expect(more).toHaveText('Show 10 more');
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(options).toHaveCount(20);
  await expect(status).toHaveText(`${total} results, showing the best 20.`);
  // The first ten stay where they were: more results are added below, not reshuffled.
  expect(await options.evaluateAll((items) => items.slice(0, 10).map((item) => item.getAttribute('data-claim')))).toEqual(first10);
  await expect(more).toBeFocused();

  while (await more.isVisible()) {
    const before = await options.count();
    // The last press offers only what is left.
    await expect(more).toHaveText(`Show ${Math.min(10, total - before)} more`);
    await more.click();
    await expect(options).toHaveCount(Math.min(total, before + 10));
  }
  await expect(options).toHaveCount(total);
  await expect(status).toHaveText(`${total} results.`);

  // A new query starts again at ten.
  await page.getByRole('combobox', { name: 'Search claims' }).fill('spines');
  await expect(options).toHaveCount(10);
});

test('a species word finds claims about that species whose quote does not name it, each showing its species', async ({ page }) => {
  await page.goto('/search/');
  await box(page).fill('mice 24 hours');
  const options = page.locator('#search-results [role=option]');
  await expect(options.first()).toBeVisible();
  const rodents = options.filter({ hasText: 'the rodents' });
  await expect(rodents).toHaveCount(1);
  const quote = rodents.locator('.result-quote');
  await expect(quote).not.toContainText(/\bmice\b/iu);
  await expect(rodents.locator('.badge-species')).toHaveText('Mice');
  // Only "24 hours" is marked in the quote: "mice" is its species, not its words.
  expect(await quote.locator('mark').allTextContents()).toEqual(['24 hours']);
});

test('a query that matches nothing says so and suggests the facets', async ({ page }) => {
  await page.goto('/search/?q=zebrafish+quantum');
  await expect(page.getByRole('status')).toHaveText('No results.');
  await expect(page.getByText('No claim matches.')).toBeVisible();
  await expect(page.getByText(/remove a filter/)).toBeVisible();
  // Right under the status, not below the room kept for results: in view without scrolling.
  const help = await page.getByText('No claim matches.').boundingBox();
  const status = await page.getByRole('status').boundingBox();
  expect(help!.y - (status!.y + status!.height)).toBeLessThan(60);
  expect(help!.y + help!.height).toBeLessThan(page.viewportSize()!.height);
  await page.getByRole('link', { name: 'glossary', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
});

for (const [name, text] of [
  ['regular-expression characters', '.*+?^${}()|[]\\ (spines'],
  ['10,000 characters', 'spines '.repeat(1500).slice(0, 10_000)],
  ['emoji', '🧠💊 ketamine 🐭'],
  ['only emoji', '🧠💊'],
  ['markup', '<img src=x onerror=alert(1)> spines'],
] as const) {
  test(`no error from ${name}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto('/search/');
    await box(page).fill(text);
    await expect(page.getByRole('status')).toHaveText(/^\d+ results?(, showing the best \d+)?\.$|^No results\.$|^$/);
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    await expect(page.locator('#search-results img')).toHaveCount(0);
  });
}

test('the empty query shows no results and no error', async ({ page }) => {
  await page.goto('/search/?q=');
  await box(page).fill('spines');
  await expect(page.getByRole('option').first()).toBeVisible();
  await box(page).fill('');
  await expect(page.getByRole('option')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('');
});

test('facets combine with the query and live in the URL', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/search/?q=ketamine&species=human');
  await expect(page.getByRole('option').first()).toBeVisible();
  const species = await page.getByRole('option').evaluateAll((options) => options.map((option) => option.querySelector('.badge-species')?.getAttribute('data-species')));
  expect(new Set(species)).toEqual(new Set(['human']));
  await page.locator('fieldset[data-facet=species]').getByRole('checkbox', { name: /^Mice/ }).check();
  await expect(page).toHaveURL(/species=human&species=mouse|species=mouse&species=human/);
});

test('results appear without shifting the layout', async ({ page }) => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 780 },
  ]) {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/search/?q=spines');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
  }
});

test('a keyboard user skips the filters to the results in one step', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/search/?q=ketamine');
  const showMore = page.locator('[data-show-more]');
  await expect(showMore).toBeVisible();
  const skip = page.getByRole('link', { name: 'Skip the filters' });
  await page.locator('#search-input').focus();
  // The box, its button, then the link, which shows only while it has focus.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())!.width).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(showMore).toBeFocused();

  // The claims page has the same link: past the filters to the first claim's source.
  await page.goto('/claims/');
  const skipOnClaims = page.getByRole('link', { name: 'Skip the filters' });
  await skipOnClaims.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('.claim-group h2 a').first()).toBeFocused();
});
