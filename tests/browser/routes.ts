import { readdirSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import type { SearchRecord } from '../../src/search/search-record.ts';
import { hostileSourceIds } from './test-build.ts';

/**
 * The routes the browser tests visit: every page template. Source ids come from the
 * content folder and the hostile fixture's; sample claim ids are picked at run time from
 * the built search records, so the test list does not depend on a build existing when
 * tests are collected.
 */

export const sourceIds = [
  ...readdirSync(new URL('../../content/sources/', import.meta.url))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort(),
  // The build the tests run against holds the hostile fixture too (playwright.config.ts).
  ...hostileSourceIds,
];

/** Sorts of claim worth a page check each, by the first record that fits. */
const claimSamples: Record<string, (record: SearchRecord) => boolean> = {
  'claim-flagged-species': (record) => record.speciesBasis === 'study',
  'claim-speculative': (record) => record.hedge === 'speculative' && record.kind !== 'commentary',
  'claim-human': (record) => record.species === 'human',
  'claim-commentary': (record) => record.kind === 'commentary',
};

export interface Route {
  name: string;
  /** A path, or the name of a claim sample to resolve. */
  path: string;
}

export const routes: Route[] = [
  { name: 'home', path: '/' },
  { name: 'claims', path: '/claims/' },
  // The test build holds more claims than one page: the second shows the pagination bar.
  { name: 'claims-page-2', path: '/claims/2/' },
  ...Object.keys(claimSamples).map((name) => ({ name, path: `sample:${name}` })),
  { name: 'sources', path: '/sources/' },
  ...sourceIds.map((id) => ({ name: `source-${id}`, path: `/sources/${id}/` })),
  { name: 'findings', path: '/findings/' },
  { name: 'finding', path: 'finding:first' },
  { name: 'studies', path: '/studies/' },
  { name: 'study', path: '/studies/moda-sava-2019/' },
  { name: 'species', path: '/species/' },
  { name: 'timeline', path: '/timeline/' },
  { name: 'glossary', path: '/glossary/' },
  { name: 'about', path: '/about/' },
  { name: 'search', path: '/search/' },
  { name: 'search-results', path: '/search/?q=dendritic+spines' },
  // Where a filtered claims address (/claims/?species=human&hedge=hedged) now leads.
  { name: 'search-filtered', path: '/search/?species=human&hedge=hedged' },
];

let records: Promise<SearchRecord[]> | null = null;

/** The built search records, fetched from the preview server once per worker. */
export function searchRecords(request: APIRequestContext): Promise<SearchRecord[]> {
  records ??= request.get('/search-records.json').then((response) => response.json() as Promise<SearchRecord[]>);
  return records;
}

/** The real path of a route, picking a sample claim where the route names one. */
export async function resolvePath(route: Route, request: APIRequestContext): Promise<string> {
  if (route.path === 'finding:first') {
    const findings = (await (await request.get('/data/findings.json')).json()) as { groups: { id: string }[] };
    if (findings.groups.length === 0) throw new Error('no finding groups were built');
    return `/findings/${findings.groups[0]!.id}/`;
  }
  if (!route.path.startsWith('sample:')) return route.path;
  const test = claimSamples[route.path.slice('sample:'.length)]!;
  const record = (await searchRecords(request)).find(test);
  if (record === undefined) throw new Error(`no claim fits ${route.name}`);
  return `/claims/${record.id}/`;
}

/**
 * Load a route fresh at a width, in light mode, and wait for search results where the route
 * shows them. A fresh load matters: the filter panel opens or folds by width when it loads.
 */
export async function openAtWidth(page: Page, route: Route, path: string, size: { width: number; height: number }): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.goto(path);
  if (route.name.startsWith('search-')) await page.locator('#search-results [role=option]').first().waitFor();
}
