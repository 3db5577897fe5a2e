import { expect, test } from '@playwright/test';
import type { Claim } from '../../src/schemas/claim.ts';

/** The clinician's pages: which evidence is from animals and which from people, at which time after the dose. */

async function claimsOf(request: import('@playwright/test').APIRequestContext): Promise<Claim[]> {
  return ((await (await request.get('/data/claims.json')).json()) as { claims: Claim[] }).claims;
}

test('the species page lists a claim under every time after the dose it names', async ({ page, request }) => {
  const claims = await claimsOf(request);
  const spanning = claims.find(
    (claim) => claim.kind !== 'commentary' && claim.species === 'human' && new Set(claim.timescales.map((timescale) => timescale.phase)).size > 1,
  );
  expect(spanning, 'a human claim that names two phases').toBeDefined();
  await page.goto('/species/');
  for (const phase of new Set(spanning!.timescales.map((timescale) => timescale.phase))) {
    const section = page.locator('section').filter({ has: page.locator(`h3#phase-${phase}`) });
    const humans = section.locator('.side-by-side > div').filter({ has: page.getByRole('heading', { level: 4, name: /^In humans/ }) });
    await expect(humans.locator(`a[href="/claims/${spanning!.id}/"]`), `listed under ${phase}`).toHaveCount(1);
    await expect(humans.getByText('No human claims.')).toHaveCount(0);
  }
});

test('the timeline draws claims that name no population in neither the animal nor the human colour', async ({ page }) => {
  await page.goto('/timeline/');
  const fillOf = (species: string) =>
    page.locator(`.timeline-figure .mark[data-species="${species}"] .bar, .timeline-figure .mark[data-species="${species}"] circle`).first().evaluate((element) => getComputedStyle(element).fill);
  const [none, mouse, human] = [await fillOf('none'), await fillOf('mouse'), await fillOf('human')];
  expect(new Set([none, mouse, human]).size).toBe(3);
  await expect(page.getByText('claims that name no population (or cells, or mixed evidence) in grey')).toBeVisible();
});

test('at 320 px the timeline and spin-check tables stack each row instead of hiding columns, and stay tables', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const [path, columns] of [
    ['/timeline/', ['When', 'As written', 'Species', 'Claim']],
    ['/studies/moda-sava-2019/', ['Source', 'Claims about the study', 'More certain than the study', 'Species left out']],
  ] as const) {
    await page.goto(path);
    const table = page.locator('table.stack-narrow');
    const scroller = page.locator('.table-scroll').filter({ has: table });
    expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth), `${path}: nothing to scroll to`).toBeLessThanOrEqual(1);
    // Still a table to assistive technology, its column names intact and each cell named on screen.
    await expect(page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: columns[1] }) }).getByRole('columnheader')).toHaveText([...columns]);
    const firstCell = table.locator('tbody td').first();
    expect(await firstCell.evaluate((element) => getComputedStyle(element, '::before').content)).toContain(columns[1] === 'As written' ? 'When' : 'Claims about the study');
  }
});

test('at 320 px the species page shows its topic table whole, the Humans column included', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/species/');
  const scroller = page.locator('.table-scroll').filter({ has: page.getByRole('columnheader', { name: 'Humans' }) });
  expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
  const header = await scroller.getByRole('columnheader', { name: 'Humans' }).boundingBox();
  expect(header!.x + header!.width).toBeLessThanOrEqual(320);
});

test('at 320 px the timeline chart keeps legible labels and scrolls inside its frame, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/timeline/');
  const figure = page.locator('.timeline-figure');
  const label = figure.locator('.mark text').first();
  // The labels are drawn at 12 px in a 960-unit view box; shrunk to the screen they were 8 px.
  expect(await label.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThanOrEqual(11);
  expect(await figure.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // A phone opens on the first minutes only; the page says there is more to the side. A wide
  // screen, which shows the whole chart, is not told to scroll.
  await expect(page.getByText('The chart is wider than this screen')).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByText('The chart is wider than this screen')).toBeHidden();
});

test('an address the site does not have answers 404 with the site around it and the way back', async ({ page }) => {
  const response = await page.goto('/claims/no-such-claim-0000000000/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle(/Page not found/);
  // The header's search works from here.
  await page.getByRole('banner').getByRole('searchbox').or(page.getByRole('banner').getByRole('combobox')).first().fill('spines');
  await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=spines$/);
  await page.goBack();
  await page.getByRole('link', { name: 'Read the summary' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a duplicate in the source reader links to the earlier passage it repeats', async ({ page, request }) => {
  const data = (await (await request.get('/data/claims.json')).json()) as { excluded: { id: string; sourceId: string; duplicateOf: string | null }[] };
  // The first duplicate shown unfolded in any source (long runs of set-aside text are folded).
  const chip = page.locator('a.reason:visible').first();
  let sourceId = '';
  for (const candidate of new Set(data.excluded.filter((unit) => unit.duplicateOf !== null).map((unit) => unit.sourceId))) {
    await page.goto(`/sources/${candidate}/`);
    if ((await chip.count()) === 0) continue;
    sourceId = candidate;
    break;
  }
  await expect(chip).toHaveText('Duplicate of earlier text');
  const repeated = await chip.evaluate((element) => element.previousElementSibling!.id);
  const duplicate = data.excluded.find((unit) => unit.id === repeated && unit.sourceId === sourceId)!;
  expect(duplicate.duplicateOf).not.toBeNull();
  await chip.click();
  await expect(page).toHaveURL(new RegExp(`#${duplicate.duplicateOf}$`));
  await expect(page.locator(`[id="${duplicate.duplicateOf}"]`)).toBeInViewport();
});

test('a claim that carries a mouse result over to "a person" says so beside its species warning; one that only omits the mice does not', async ({ page, request }) => {
  const claims = await claimsOf(request);
  const carried = claims.find((claim) => claim.text.startsWith('This helps lift a person’s mood'));
  expect(carried, 'the Knowridge sentence').toBeDefined();
  expect([carried!.species, carried!.speciesBasis]).toEqual(['mouse', 'study']);
  await page.goto(`/claims/${carried!.id}/`);
  await expect(page.getByRole('note')).toContainText('It speaks of people instead (“a person’s”): it carries a result in mice over to people.');

  const silent = claims.find((claim) => claim.speciesBasis === 'study' && claim.species === 'mouse' && !/person|someone|patient|your /iu.test(claim.text));
  await page.goto(`/claims/${silent!.id}/`);
  await expect(page.getByRole('note')).toContainText('The article does not say this was in mice');
  await expect(page.getByRole('note')).not.toContainText('speaks of people');
});

test('a claim that is the whole of its paragraph is shown between the paragraphs around it', async ({ page, request }) => {
  // A forum post lists phrases it quotes from the article, one a paragraph: alone, "In mice" says nothing of where it stands.
  const lone = (await claimsOf(request)).find((claim) => claim.text === '“In mice”');
  expect(lone, 'the forum’s quoted phrase').toBeDefined();
  await page.goto(`/claims/${lone!.id}/`);
  const paragraphs = page.locator('.passage p');
  const texts = await paragraphs.allInnerTexts();
  const own = texts.indexOf('“In mice”');
  expect(own, 'the quote’s own paragraph stands between others').toBeGreaterThan(0);
  expect(texts[own - 1]).toBe('“have found hints”');
  expect(texts[own + 1]).toBe('“appears to”');
  await expect(paragraphs.nth(own).locator('.this-claim')).toHaveText('“In mice”');
  await expect(page.locator('.passage .this-claim')).toHaveCount(1);
});
