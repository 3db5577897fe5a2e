import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchSection, BytesSectionJson, RouteBytes } from '../bench-types.ts';
import { addSizes, formatBytes, sizesOf, type ByteSizes } from '../byte-sizes.ts';
import { markdownTable } from '../markdown-table.ts';
import { downloadsOf } from '../measure-downloads.ts';
import { customElementsOf, linkedAssetsOf, staticImportsOf } from '../page-assets.ts';
import { builtFileOf, realCorpusRoutes, type SiteRoute } from '../site-routes.ts';

/** The query of the browser tests' search-results route, used when the route list has none. */
const FALLBACK_SEARCH = '/search/?q=dendritic+spines';

/**
 * A module script and everything it imports statically, as site paths, each once: what the
 * browser fetches before the script runs.
 */
async function scriptClosure(site: string, entries: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(site, path), 'utf8');
    for (const specifier of await staticImportsOf(code)) queue.push(new URL(specifier, new URL(path, 'http://site.invalid')).pathname);
  }
  return [...seen];
}

/** Bytes of a first visit to one route, read from the built files. */
async function routeBytes(site: string, route: SiteRoute): Promise<RouteBytes> {
  const html = readFileSync(builtFileOf(site, route.path));
  const text = html.toString('utf8');
  const pagePath = new URL(route.path, 'http://site.invalid');
  const sitePath = (reference: string): string => new URL(reference, pagePath).pathname;
  const assets = linkedAssetsOf(text);
  const stylesheets = assets.stylesheets.map(sitePath);
  const scripts = await scriptClosure(site, assets.scripts.map(sitePath));
  const sizesOfFiles = (paths: readonly string[]): ByteSizes => addSizes(...paths.map((path) => sizesOf(readFileSync(join(site, path)))));
  const htmlSizes = sizesOf(html);
  const css = sizesOfFiles(stylesheets);
  const js = sizesOfFiles(scripts);
  return { name: route.name, path: route.path, html: htmlSizes, css, js, total: addSizes(htmlSizes, css, js), islands: customElementsOf(text), files: [...stylesheets, ...scripts] };
}

/**
 * Files listed for a reader: one entry per file, except that a folder of many small files
 * (an index split in parts) reads as one entry with its count and total.
 */
export function groupedFiles(files: readonly { path: string; sizes: ByteSizes }[]): string[] {
  const folders = new Map<string, { path: string; sizes: ByteSizes }[]>();
  for (const file of files) {
    const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1);
    folders.set(folder, [...(folders.get(folder) ?? []), file]);
  }
  return [...folders].flatMap(([folder, inFolder]) =>
    inFolder.length > 3
      ? [`${inFolder.length} files in \`${folder}\` (${formatBytes(addSizes(...inFolder.map((file) => file.sizes)).brotli)})`]
      : inFolder.map((file) => `\`${file.path}\` (${formatBytes(file.sizes.brotli)})`),
  );
}

/** Section 4: what a first visit to each route downloads, and what search adds at first use. */
export const section: BenchSection<BytesSectionJson> = {
  name: 'bytes-per-route',
  title: 'Bytes per route',
  async run(context) {
    const built = await context.realSite();
    const site = resolve(context.root, built.outDir);
    const routes = await realCorpusRoutes(site);
    const measured = await Promise.all(routes.map((route) => routeBytes(site, route)));
    const searchWithQuery = routes.find((route) => route.path.startsWith('/search/?'))?.path ?? FALLBACK_SEARCH;
    context.log('measuring what /search/ downloads, on load and at first search');
    const server = await context.serve(built.outDir);
    const browser = await context.launchChromium();
    try {
      const onLoad = await downloadsOf(browser, `${server.origin}/search/`);
      const atFirstSearch = await downloadsOf(browser, `${server.origin}${searchWithQuery}`);
      return { claims: built.claims, routes: measured, search: { onLoad, atFirstSearch, query: new URL(searchWithQuery, server.origin).searchParams.get('q') ?? '' } };
    } finally {
      await browser.close();
      await server.close();
    }
  },
  render(json) {
    const cell = (sizes: ByteSizes): string => `${formatBytes(sizes.raw)} / ${formatBytes(sizes.gzip)} / ${formatBytes(sizes.brotli)}`;
    const withScript = json.routes.filter((route) => route.js.raw > 0);
    const scriptWithoutIsland = withScript.filter((route) => route.islands.length === 0);
    const lines = [
      'What a first visit downloads, read from the built files of the real corpus: the HTML, the stylesheets it links, its module scripts and everything they import statically. Each cell is raw / gzip (level 9) / Brotli (quality 11); each file is compressed on its own, as a server sends it. Routes are the browser tests\' list (tests/browser/routes.ts), with sample claims and the first finding resolved to real pages; a route with a query downloads the same files as its page.',
      '',
      markdownTable(
        [{ heading: 'route' }, { heading: 'path' }, { heading: 'HTML', numeric: true }, { heading: 'CSS', numeric: true }, { heading: 'JS', numeric: true }, { heading: 'total', numeric: true }, { heading: 'islands' }],
        json.routes.map((route) => [route.name, `\`${route.path}\``, cell(route.html), cell(route.css), route.js.raw === 0 ? 'none' : cell(route.js), cell(route.total), route.islands.join(', ') || '–']),
      ),
      '',
      `Routes that ship any JavaScript: ${withScript.length === 0 ? 'none' : withScript.map((route) => `\`${route.path}\``).join(', ')}.`,
    ];
    if (json.search) {
      const { onLoad, atFirstSearch, query } = json.search;
      lines.push(
        '',
        `What \`/search/\` downloads in Chromium, on load and up to its first results for "${query}" (all files, compressed as above):`,
        '',
        markdownTable(
          [{ heading: 'moment' }, { heading: 'files', numeric: true }, { heading: 'JS', numeric: true }, { heading: 'everything', numeric: true }],
          [
            ['on load', onLoad.files.length, cell(onLoad.js), cell(onLoad.total)],
            ['at first search', atFirstSearch.files.length, cell(atFirstSearch.js), cell(atFirstSearch.total)],
          ],
        ),
        '',
        `Fetched by the first search: ${groupedFiles(atFirstSearch.files).join(', ')} (Brotli).`,
      );
    }
    lines.push(
      '',
      `**What this means.** ${
        scriptWithoutIsland.length === 0
          ? `Only pages with an island (${[...new Set(withScript.flatMap((route) => route.islands))].join(', ') || 'none'}) load JavaScript; every other page is HTML and one stylesheet.`
          : `${scriptWithoutIsland.map((route) => `\`${route.path}\``).join(', ')} load JavaScript without an island on the page: that script is dead weight.`
      } Pages that list every claim grow with the corpus; the others stay small.`,
    );
    return lines.join('\n');
  },
};
