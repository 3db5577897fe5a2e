import { init, parse } from 'es-module-lexer';

/** What an HTML page makes the browser download before anything runs: stylesheets and scripts. */
export interface LinkedAssets {
  stylesheets: string[];
  /** `<script type="module" src>` and `<link rel="modulepreload">`, in document order, each once. */
  scripts: string[];
}

const TAG = /<(link|script)\b([^>]*)>/giu;
const ATTRIBUTE = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  return attributes;
}

/**
 * The stylesheets and scripts an HTML page links, as written (paths or addresses). Astro's
 * output is regular enough for a tag scan; an inline script has no `src` and costs nothing
 * beyond the HTML it sits in, so it is not listed.
 */
export function linkedAssetsOf(html: string): LinkedAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const attributes = attributesOf(match[2]!);
    const relations = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/u);
    if (match[1]!.toLowerCase() === 'link') {
      const href = attributes.get('href');
      if (href && relations.includes('stylesheet')) stylesheets.push(href);
      if (href && relations.includes('modulepreload')) scripts.push(href);
    } else {
      const source = attributes.get('src');
      if (source) scripts.push(source);
    }
  }
  return { stylesheets: [...new Set(stylesheets)], scripts: [...new Set(scripts)] };
}

/**
 * The custom elements a page uses (tag names with a hyphen): this site's islands are custom
 * elements, so a page without one has nothing for a script to do.
 */
export function customElementsOf(html: string): string[] {
  return [...new Set([...html.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)[\s>/]/gu)].map((match) => match[1]!))].sort();
}

/**
 * The modules a script imports statically (`import … from "x"`, `import "x"`, `export … from
 * "x"`), which the browser fetches before running it. Dynamic `import()` is left out: it
 * costs nothing until the code asks for it.
 */
export async function staticImportsOf(code: string): Promise<string[]> {
  await init;
  const [imports] = parse(code);
  // `d === -1` marks a static import; -2 is import.meta, and an index a dynamic import().
  return [...new Set(imports.filter((entry) => entry.d === -1 && entry.n !== undefined).map((entry) => entry.n!))];
}
