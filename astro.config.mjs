// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { MINIFIED_WORKER_CACHE_VARIABLE, minifyWorkerChunks } from './src/build/minify-worker-chunks.ts';
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
      // Terser over the worker's bundle keeps the search island under its budget
      // (src/build/minify-worker-chunks.ts), its result kept between builds.
      plugins: () => [minifyWorkerChunks()],
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
          process.env[MINIFIED_WORKER_CACHE_VARIABLE] = fileURLToPath(new URL('minified-worker/', config.cacheDir));
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
