import { describe, expect, it } from 'vitest';
import { customElementsOf, linkedAssetsOf, staticImportsOf } from '../../../scripts/bench/page-assets.ts';

describe('linkedAssetsOf', () => {
  it('finds linked stylesheets, module scripts and module preloads, each once, and skips icons and inline scripts', () => {
    const html = `<head><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css">
      <link rel=modulepreload href='/_astro/shared.js'><script type="module" src="/_astro/page.js"></script>
      <script>console.log(1)</script><link href="/_astro/a.css" rel="stylesheet"></head>`;
    expect(linkedAssetsOf(html)).toEqual({ stylesheets: ['/_astro/a.css'], scripts: ['/_astro/shared.js', '/_astro/page.js'] });
  });
});

describe('customElementsOf', () => {
  it('lists the custom elements of a page, the islands, and nothing else', () => {
    expect(customElementsOf('<main><claim-search><form></form></claim-search><claims-browser></claims-browser><p data-x-y="1">')).toEqual(['claim-search', 'claims-browser']);
    expect(customElementsOf('<main><p>no islands</p></main>')).toEqual([]);
  });
});

describe('staticImportsOf', () => {
  it('lists static imports and re-exports, and leaves out import() that loads on demand', async () => {
    const code = 'import{a as e}from"./render.js";import"./side.js";export{b}from"./more.js";const w=()=>import("./lazy.js");';
    expect(await staticImportsOf(code)).toEqual(['./render.js', './side.js', './more.js']);
  });
});
