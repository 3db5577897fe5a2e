/**
 * Builds the site once, in its own process, into a given folder with a given content-layer
 * cache, so that timed builds neither share Astro's cache (node_modules/.astro) with the
 * people working in this tree nor overwrite their dist/.
 *
 *   node scripts/bench/build-site.ts --out-dir=<folder> --cache-dir=<folder> [--cold]
 *
 * `--cold` empties the content-layer cache first (Astro's `--force`), so every source goes
 * through the pipeline again, every page is rendered and the findings are worked out anew. The benchmark runs this file as a child process: a build timed
 * from the outside includes Astro's start-up, as `npm run build` does.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import { BUILD_USAGE_PREFIX } from './build-output.ts';

const options = Object.fromEntries(
  process.argv.slice(2).map((argument) => {
    const [name = '', value = 'true'] = argument.replace(/^--/u, '').split('=');
    return [name, value];
  }),
);
const outDir = options['out-dir'];
const cacheDir = options['cache-dir'];
if (outDir === undefined || cacheDir === undefined) {
  console.error('usage: node scripts/bench/build-site.ts --out-dir=<folder> --cache-dir=<folder> [--cold]');
  process.exit(2);
}

// A cold build works the findings out again too (src/findings/load-findings-export.ts keeps
// them in the cache folder, which Astro's --force leaves alone).
if (options['cold'] === 'true') rmSync(join(resolve(cacheDir), 'findings'), { recursive: true, force: true });

await build({ root: process.cwd(), outDir: resolve(outDir), cacheDir: resolve(cacheDir), force: options['cold'] === 'true' });

// Read by measure-build.ts: CPU time tells the build's own work apart from time it spent
// waiting for cores that other processes held, and the peak memory shows how it scales.
const usage = process.resourceUsage();
console.log(`${BUILD_USAGE_PREFIX}${JSON.stringify({ cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMiB: Math.round(usage.maxRSS / 1024) })}`);
