// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { minify } from 'terser';
import { pruneStaleOutputs } from './src/build/prune-stale-outputs.ts';
import { ownOrigin, pageDirectives } from './src/security/content-security-policy.ts';

export default defineConfig({
  trailingSlash: 'always',
  // Every script and stylesheet is a file of our own, never inlined (Vite inlines those under
  // assetsInlineLimit, Astro small stylesheets): the CSP header in public/_headers can then
  // allow 'self' alone, with no hashes to keep in step with the build.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The search worker is an ES module (src/components/search-client.ts starts it with type: 'module').
  vite: {
    build: { assetsInlineLimit: 0 },
    worker: {
      format: 'es',
      // Terser, three passes, over the worker bundle Vite has minified, writes the search worker
      // (fuse.js inside) about 200 bytes smaller after Brotli, and about 50 more when it may
      // take reading a property to have no side effects (pure_getters: neither fuse.js nor our
      // code reads a property through a getter that changes anything), which keeps the island
      // and its worker under their 15 KB budget (issue 6, bench/report.md). Vite's `build.minify:
      // 'terser'` reaches only the pages' scripts, not a worker's bundle, hence the plugin; it
      // works in generateBundle because in renderChunk Vite's own minifier ran after it.
      plugins: () => [
        {
          name: 'terser-search-worker',
          async generateBundle(_options, bundle) {
            for (const chunk of Object.values(bundle)) {
              if (chunk.type !== 'chunk') continue;
              chunk.code = (await minify(chunk.code, { module: true, compress: { passes: 3, pure_getters: true }, ecma: 2020 })).code ?? chunk.code;
            }
          },
        },
      ],
    },
  },
  // No page renders Markdown through Astro (the summary has its own processor), and Shiki's
  // inline styles would break the CSP below: no highlighter.
  markdown: { syntaxHighlight: false },
  // A rebuild reuses every generated page whose code and cache key are unchanged (issue 6):
  // the keys are digests of what each page shows (src/components/page-inputs.ts).
  experimental: { incrementalBuild: true },
  integrations: [
    // Reused pages stay in dist/ instead of being copied back out of the cache, and what a
    // build no longer makes is removed (src/build/prune-stale-outputs.ts).
    pruneStaleOutputs(),
    {
      // The findings are kept between builds inside Astro's cache folder, beside the content
      // layer's store (src/findings/load-findings-export.ts reads this variable).
      name: 'findings-cache',
      hooks: {
        'astro:config:done': ({ config }) => {
          process.env['EVIDENCE_FINDINGS_CACHE'] = fileURLToPath(new URL('findings/', config.cacheDir));
        },
      },
    },
  ],
  security: {
    // A CSP meta tag on every page, with hashes of anything Astro inlines; public/_headers
    // sends the same policy as a header where the host allows (README, "Deploying").
    csp: {
      algorithm: 'SHA-256',
      directives: [...pageDirectives],
      scriptDirective: { resources: [...ownOrigin] },
      styleDirective: { resources: [...ownOrigin] },
    },
  },
});
