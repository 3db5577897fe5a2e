import type { Browser, Response } from 'playwright-core';
import type { DownloadTotals } from './bench-types.ts';
import { addSizes, sizesOf } from './byte-sizes.ts';

/**
 * Everything a fresh browser downloads to show a page and let its network settle: the page,
 * its styles and scripts, and whatever the scripts fetch (a search's index parts, a worker).
 * Bodies are compressed here with the same settings as the static counts, so the two compare
 * whatever the server did.
 */
export async function downloadsOf(browser: Browser, url: string): Promise<DownloadTotals> {
  const context = await browser.newContext();
  const responses: Response[] = [];
  // On the context rather than the page, so that requests from a worker count too.
  context.on('response', (response) => responses.push(response));
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const files = await Promise.all(
      responses
        .filter((response) => response.status() === 200)
        .map(async (response) => ({
          path: new URL(response.url()).pathname + new URL(response.url()).search,
          type: response.request().resourceType(),
          sizes: sizesOf(await response.body()),
        })),
    );
    const scripts = files.filter((file) => file.type === 'script' || /\.m?js$/u.test(new URL(file.path, url).pathname));
    return { total: addSizes(...files.map((file) => file.sizes)), js: addSizes(...scripts.map((file) => file.sizes)), files };
  } finally {
    await context.close();
  }
}
