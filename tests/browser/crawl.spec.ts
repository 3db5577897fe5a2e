import { expect, test, type Page } from '@playwright/test';
import { auditPage, watchPage } from './page-guards.ts';

/**
 * A crawl of the built site (the hostile fixture source included) from the home page: every
 * internal link resolves, every fragment names an element on its page, no page logs a
 * console error, throws, opens a dialog or breaks its Content-Security-Policy, no page
 * requests anything from another origin, and every page passes the audit of page-guards.ts.
 */
test('a crawl of the site finds no broken internal link, no console error, no CSP violation and no request to another origin', async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const origin = new URL(baseURL!).origin;
  let current = '';
  const problems = await watchPage(page, () => current);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) problems.push(`${current}: request to another origin: ${request.url()}`);
  });

  const queue = ['/'];
  const seen = new Set(queue);
  const fragments: { from: string; path: string; id: string }[] = [];
  const idsByPath = new Map<string, Set<string>>();
  let pages = 0;

  while (queue.length > 0) {
    const path = queue.shift()!;
    current = path;
    if (!isHtmlPath(path)) {
      const response = await page.request.get(path);
      if (response.status() !== 200) problems.push(`${path}: HTTP ${response.status()}`);
      continue;
    }
    const response = await page.goto(path, { waitUntil: 'load' });
    pages += 1;
    if (response?.status() !== 200) {
      problems.push(`${path}: HTTP ${response?.status()}`);
      continue;
    }
    problems.push(...(await auditPage(page)));
    const { links, ids } = await linksAndIds(page);
    idsByPath.set(path, new Set(ids));
    for (const href of links) {
      const url = new URL(href, `${origin}${path}`);
      if (url.origin !== origin) continue;
      const target = url.pathname + url.search;
      if (url.hash.length > 1 && !url.hash.startsWith('#:~:')) fragments.push({ from: path, path: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
      void target;
    }
  }

  for (const fragment of fragments) {
    const ids = idsByPath.get(fragment.path);
    if (ids !== undefined && !ids.has(fragment.id)) problems.push(`${fragment.from}: link to ${fragment.path}#${fragment.id}, which has no such id`);
  }
  expect(pages).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

function isHtmlPath(path: string): boolean {
  return path.endsWith('/');
}

async function linksAndIds(page: Page): Promise<{ links: string[]; ids: string[] }> {
  return page.evaluate(() => ({
    links: [...document.querySelectorAll('a[href]')].map((anchor) => anchor.getAttribute('href')!).filter((href) => !href.startsWith('mailto:')),
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
  }));
}
