import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { resolvePath, routes } from '../../tests/browser/routes.ts';
import { hostileSourceIds } from '../../tests/browser/test-build.ts';

/** A page of the site, by the browser tests' name for it, with a real path. */
export interface SiteRoute {
  name: string;
  /** The address path, with its query where the route has one. */
  path: string;
}

/**
 * Every route of the real corpus: the browser tests' list (tests/browser/routes.ts), less the
 * hostile fixture's pages (a real build does not hold it), with each sample claim and finding
 * resolved to a page of this build by the tests' own rules, read from the built files.
 */
export async function realCorpusRoutes(builtSite: string): Promise<SiteRoute[]> {
  const request = builtFileRequests(builtSite);
  const hostile = new Set(hostileSourceIds.map((id) => `/sources/${id}/`));
  const real = routes.filter((route) => !hostile.has(route.path));
  return Promise.all(real.map(async (route) => ({ name: route.name, path: await resolvePath(route, request) })));
}

/** The built file a page path is served from: `<path>/index.html` for a folder. */
export function builtFileOf(builtSite: string, path: string): string {
  const pathname = new URL(path, 'http://site.invalid').pathname;
  return pathname.endsWith('/') ? join(builtSite, pathname, 'index.html') : join(builtSite, pathname);
}

/**
 * resolvePath asks Playwright's request context for the built JSON files; this answers
 * from the built folder instead, so routes resolve without a server.
 */
function builtFileRequests(builtSite: string): APIRequestContext {
  const get = async (path: string) => {
    const file = builtFileOf(resolve(builtSite), path);
    if (!existsSync(file)) throw new Error(`the build has no ${path} (looked for ${file})`);
    const text = readFileSync(file, 'utf8');
    return { json: async () => JSON.parse(text) as unknown, text: async () => text, ok: () => true };
  };
  return { get } as unknown as APIRequestContext;
}
