import { expect, test } from '@playwright/test';
import type { FindingsExport } from '../../src/schemas/finding.ts';

/** Issue 5's reader: from one telling to the others, their differences, and back to a source. */

test('a reader goes from a claim page to its finding, sees the other wordings and the flags, and follows one to its passage', async ({ page, request }) => {
  const findings = (await (await request.get('/data/findings.json')).json()) as FindingsExport;
  const group = findings.groups.find((candidate) => candidate.flags.some((flag) => flag.kind === 'timescale-disagreement'));
  expect(group, 'a finding whose tellings give different times').toBeDefined();
  const [first, second] = group!.members;

  await page.goto(`/claims/${first!.claimId}/`);
  // A claim can be in more than one group: take the line that links to this one.
  const reported = page.locator('.reported-by').filter({ has: page.locator(`a[href="/findings/${group!.id}/"]`) });
  const sourceCount = group!.sourceIds.length;
  await expect(reported).toContainText(`Reported by ${sourceCount} ${sourceCount === 1 ? 'source' : 'sources'}`);
  // Past the first two, a claim's findings are folded away.
  if (!(await reported.isVisible())) await page.locator('.more-findings > summary').click();
  await expect(reported).toBeVisible();
  await reported.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/findings/${group!.id}/$`));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`“${group!.label}”`);
  await expect(page.locator('.finding-label-source a')).toHaveAttribute('href', `/claims/${group!.labelClaimId}/`);
  // Whose words the label is, by the name its card gives that telling, not by the story's
  // title, which the cards link to their sources.
  const labelCard = page.locator(`.telling[data-claim="${group!.labelClaimId}"]`).first();
  expect((await page.locator('.finding-label-source a').textContent())!.toLowerCase()).toBe((await labelCard.locator('.telling-name').textContent())!.toLowerCase());
  const tellings = page.locator('.telling');
  await expect(tellings).toHaveCount(group!.members.length);
  const flags = page.getByRole('list', { name: 'Where the tellings differ' }).getByRole('listitem');
  await expect(flags).toHaveCount(group!.flags.length);
  await expect(flags.filter({ hasText: 'Timing differs' })).toHaveCount(1);
  // Each flagged card is named as the flags name it ("the forum thread", "the paper's abstract
  // (quoted in ...)"), so a reader can tell which card a flag means.
  const flagText = (await flags.allInnerTexts()).join(' ').toLowerCase();
  const flaggedNames = await page.locator('.telling[data-flagged="yes"] .telling-name').allInnerTexts();
  expect(flaggedNames.length).toBeGreaterThan(0);
  for (const name of flaggedNames) expect(flagText).toContain(name.toLowerCase());

  const other = page.locator(`.telling[data-claim="${second!.claimId}"]`);
  await other.locator('.telling-source a').click();
  await expect(page).toHaveURL(new RegExp(`/sources/${second!.sourceId}/#${second!.claimId}$`));
  await expect(page.locator(`[id="${second!.claimId}"]`)).toBeInViewport();
});

test('a claim in no group says it is reported by one source, and commentary says why it is not compared', async ({ page, request }) => {
  const findings = (await (await request.get('/data/findings.json')).json()) as FindingsExport;
  const claims = (await (await request.get('/data/claims.json')).json()) as { claims: { id: string; kind: string }[] };
  const grouped = new Set(findings.groups.flatMap((group) => group.claimIds));
  const alone = claims.claims.find((claim) => claim.kind !== 'commentary' && !grouped.has(claim.id));
  const commentary = claims.claims.find((claim) => claim.kind === 'commentary');
  expect(alone, 'a claim no group holds').toBeDefined();

  await page.goto(`/claims/${alone!.id}/`);
  await expect(page.locator('.reported-by')).toHaveCount(1);
  await expect(page.locator('.reported-by')).toContainText('Reported by 1 source');
  await page.locator('.reported-by').getByRole('link', { name: 'how tellings are matched' }).click();
  await expect(page).toHaveURL(/\/about\/#findings$/);
  await expect(page.locator('#findings')).toBeInViewport();

  await page.goto(`/claims/${commentary!.id}/`);
  await expect(page.locator('.reported-by')).toHaveText('Commentary reports no evidence, so it is not compared across sources.');
});

test('each study page lists every claim that reports it and a spin check row per source', async ({ page, request }) => {
  const claims = (await (await request.get('/data/claims.json')).json()) as { claims: { id: string; study: string | null; sourceId: string }[] };
  const reporting = claims.claims.filter((claim) => claim.study === 'moda-sava-2019');
  await page.goto('/studies/moda-sava-2019/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moda-Sava et al. 2019');
  await expect(page.locator('main .claim-card')).toHaveCount(reporting.length);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(new Set(reporting.map((claim) => claim.sourceId)).size + 1);
  await expect(page.getByRole('link', { name: '10.1126/science.aat8078' })).toHaveAttribute('href', 'https://doi.org/10.1126/science.aat8078');
});

test('a study page lists each claim its spin check counts as more certain, beside the abstract sentence it was held to, and says so when there is nothing to compare', async ({ page, request }) => {
  await page.goto('/studies/moda-sava-2019/');
  // The spin-check table's column of counts (0: claims, 1: more certain, 2: species), summed over its sources.
  const columnTotal = (cell: number) =>
    page
      .getByRole('table')
      .getByRole('row')
      .evaluateAll((rows, index) => rows.slice(1).reduce((sum, row) => sum + Number(row.querySelectorAll('[role=cell]')[index]!.textContent), 0), cell);
  const counted = await columnTotal(1);
  const listed = page.locator('.firmer-list li');
  await expect(listed).toHaveCount(counted);
  expect(counted).toBeGreaterThan(0);
  // Each quotes the paper's own sentence it was held to: never a news story standing in for it.
  const claims = (await (await request.get('/data/claims.json')).json()) as { claims: { id: string; speaker: string; text: string }[] };
  const speakerOf = new Map(claims.claims.map((claim) => [claim.id, claim.speaker]));
  for (const item of await listed.all()) {
    const held = item.locator('.claim-meta a[href^="/claims/"]');
    await expect(held).toHaveCount(1);
    expect(speakerOf.get((await held.getAttribute('href'))!.split('/')[2]!)).toBe('abstract');
  }
  // The species column is listed too, claim by claim, with why each counts.
  const omittedCount = await columnTotal(2);
  const omittedList = page.locator('.omitted-list li');
  await expect(omittedList).toHaveCount(omittedCount);
  expect(omittedCount, 'the NPR story and the clinic blog lead with headlines that never say mice').toBeGreaterThan(0);
  await expect(omittedList.filter({ hasText: 'Ketamine May Relieve Depression By Repairing Damaged Brain Circuits' }).first()).toContainText(
    'The title of the forum thread, read alone (in a feed, a search result, a share), does not say who was studied; the rest of the source does',
  );
  // Each names the source it comes from: by its title, or by its kind when the claim is the title.
  const exported = (await (await request.get('/data/claims.json')).json()) as { sources: { id: string; title: string }[]; claims: { id: string; sourceId: string }[] };
  const titleOf = new Map(exported.sources.map((source) => [source.id, source.title]));
  const sourceOfClaim = new Map(exported.claims.map((claim) => [claim.id, claim.sourceId]));
  for (const item of await omittedList.all()) {
    const claimId = (await item.locator('a[href^="/claims/"]').first().getAttribute('href'))!.split('/')[2]!;
    const title = titleOf.get(sourceOfClaim.get(claimId)!)!;
    const quoted = (await item.locator('a[href^="/claims/"]').first().textContent())!.replace(/^“|”$/gu, '');
    const meta = (await item.locator('.claim-meta').textContent())!.trim();
    if (quoted === title) {
      expect(meta).toMatch(/^The title of the (?:forum thread|clinic blog post), read alone/u);
      await expect(item.locator('.claim-meta a')).toHaveAttribute('href', `/sources/${sourceOfClaim.get(claimId)}/`);
    }
    else expect(meta.slice(0, title.length + 2)).toBe(`${title}: `);
  }
  // Each one leads to the claim and to the group whose wordings it is measured against.
  await listed.first().getByRole('link', { name: 'compare the tellings' }).click();
  await expect(page).toHaveURL(/\/findings\/finding-[0-9a-f]+\/$/);

  // One telling alone: "more certain" has nothing to compare with.
  await page.goto('/studies/rawat-kessler-2025/');
  // The DOI the citation names is a link, as the study's own DOI is elsewhere.
  await expect(page.getByRole('link', { name: 'doi:10.1038/s41467-022-30386-5' })).toHaveAttribute('href', 'https://doi.org/10.1038/s41467-022-30386-5');
  const cell = page.getByRole('table').getByRole('row').nth(1).getByRole('cell').nth(1);
  await expect(cell).toHaveText('—does not apply');
  // The dash is for the eye; a screen reader hears "does not apply".
  await expect(cell.locator('[aria-hidden="true"]')).toHaveText('—');
  await expect(page.getByText('Only one telling of this study is in the corpus')).toBeVisible();
  await expect(page.locator('.firmer-list')).toHaveCount(0);
});

test('a claim in many findings lists the two told by most sources and folds the rest under one line', async ({ page, request }) => {
  const findings = (await (await request.get('/data/findings.json')).json()) as FindingsExport;
  const counts = new Map<string, number>();
  for (const group of findings.groups) for (const id of group.claimIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [claimId, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  expect(count).toBeGreaterThan(2);
  await page.goto(`/claims/${claimId}/`);
  await expect(page.locator('.reported-by:visible')).toHaveCount(2);
  const shownCounts = (await page.locator('.reported-by:visible strong').allTextContents()).map((text) => Number(/\d+/u.exec(text)![0]));
  const summary = page.locator('.more-findings > summary');
  await expect(summary).toHaveText(`Also in ${count - 2} more findings that other sources report`);
  await summary.click();
  await expect(page.locator('.reported-by:visible')).toHaveCount(count);
  const allCounts = (await page.locator('.reported-by strong').allTextContents()).map((text) => Number(/\d+/u.exec(text)![0]));
  // Most sources first.
  expect(allCounts).toEqual(allCounts.toSorted((a, b) => b - a));
  expect(shownCounts).toEqual(allCounts.slice(0, 2));
});

test('the Method page defines every kind of difference the findings flag', async ({ page }) => {
  await page.goto('/findings/');
  const told = await page.getByText(/^Told differently: /).allTextContents();
  const kinds = new Set(told.flatMap((line) => line.replace(/^Told differently: /, '').split(', ')));
  expect(kinds.size).toBeGreaterThan(1);
  await page.goto('/about/');
  const section = page.locator('#findings ~ dl.facts').first();
  const defined = (await section.locator('dt').allTextContents()).map((term) => term.toLowerCase());
  expect([...kinds].filter((kind) => !defined.includes(kind))).toEqual([]);
});

test("the list of findings previews a group beside the paper's own wording where the group holds it", async ({ page, request }) => {
  const findings = (await (await request.get('/data/findings.json')).json()) as FindingsExport;
  const speakers = new Map(((await (await request.get('/data/claims.json')).json()) as { claims: { id: string; speaker: string; sourceId: string; study: string | null }[] }).claims.map((claim) => [claim.id, claim]));
  await page.goto('/findings/');
  const shownIds = await page.locator('.finding').evaluateAll((sections) => sections.map((section) => section.querySelector('h2 a')!.getAttribute('href')!));
  let checked = 0;
  for (const href of shownIds) {
    const group = findings.groups.find((candidate) => href === `/findings/${candidate.id}/`)!;
    const label = speakers.get(group.labelClaimId)!;
    // The abstract of the study the label reports, when the label is not itself the abstract
    // (an abstract quoted in the label's own source is another voice, and is previewed too).
    const ofStudy = (id: string) => speakers.get(id)!.speaker === 'abstract' && speakers.get(id)!.study !== null && (label.study === null || speakers.get(id)!.study === label.study);
    const abstract = label.speaker === 'abstract' ? undefined : group.members.find((member) => ofStudy(member.claimId));
    if (abstract === undefined) continue;
    const preview = page.locator('.finding').filter({ has: page.locator(`h2 a[href="${href}"]`) });
    const previewed = await preview.locator('.telling').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-claim')));
    expect(previewed.some((id) => ofStudy(id!)), `${href} previews its study's abstract`).toBe(true);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(0);
});

test('a flag on a finding page leads to what it means', async ({ page }) => {
  await page.goto('/findings/');
  await page.getByRole('link', { name: 'told differently' }).click();
  await expect(page).toHaveURL(/\/about\/#flags$/);
  await page.goto('/findings/');
  await page.locator('.finding-label a').first().click();
  const flag = page.getByRole('list', { name: 'Where the tellings differ' }).getByRole('listitem').first();
  const term = (await flag.locator('.flag-chip').textContent())!;
  await flag.locator('.flag-chip a').click();
  await expect(page).toHaveURL(/\/about\/#flag-[a-z-]+$/);
  const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(target).toHaveText(term);
  await expect(target).toBeInViewport();
  await expect(target.locator('xpath=following-sibling::dd[1]')).not.toBeEmpty();
});

test('a general statement among the tellings of one study says it is tied to no study', async ({ page, request }) => {
  const findings = (await (await request.get('/data/findings.json')).json()) as FindingsExport;
  const claims = new Map(((await (await request.get('/data/claims.json')).json()) as { claims: { id: string; study: string | null }[] }).claims.map((claim) => [claim.id, claim]));
  const group = findings.groups.find((candidate) => candidate.studies.length > 0 && candidate.claimIds.some((id) => claims.get(id)!.study === null));
  expect(group, 'a study’s group that a general statement joined').toBeDefined();
  await page.goto(`/findings/${group!.id}/`);
  for (const claimId of new Set(group!.claimIds)) {
    const general = page.locator(`.telling[data-claim="${claimId}"] .telling-general`);
    await expect(general.first(), claimId).toHaveCount(claims.get(claimId)!.study === null ? 1 : 0);
  }
});
