import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { minify, type MinifyOptions } from 'terser';
import type { Plugin } from 'vite';

/** The variable that names the folder minified worker chunks are kept in between builds (astro.config.mjs sets it inside Astro's cache folder). */
export const MINIFIED_WORKER_CACHE_VARIABLE = 'EVIDENCE_MINIFIED_WORKER_CACHE';

/**
 * Terser, three passes, over the worker bundle Vite has minified, writes the search worker
 * (fuse.js inside) about 200 bytes smaller after Brotli, and about 50 more when it may take
 * reading a property to have no side effects (pure_getters: neither fuse.js nor our code reads
 * a property through a getter that changes anything), which keeps the island and its worker
 * under their 15 KB budget (issue 6, bench/report.md).
 */
export const WORKER_MINIFY_OPTIONS: Readonly<MinifyOptions> = Object.freeze({ module: true, compress: Object.freeze({ passes: 3, pure_getters: true }), ecma: 2020 });

/**
 * What every kept result's key starts with: terser's version (another terser may write other
 * code) and the options, written out once, before terser sees them (it fills in defaults).
 */
const KEY_PREFIX = `${(createRequire(import.meta.url)('terser/package.json') as { version: string }).version}\0${JSON.stringify(WORKER_MINIFY_OPTIONS)}\0`;

/**
 * A Vite plugin for the worker build that runs terser over each chunk. Vite's `build.minify:
 * 'terser'` reaches only the pages' scripts, not a worker's bundle, hence the plugin; it works
 * in generateBundle because in renderChunk Vite's own minifier ran after it. Three passes take
 * about 1.4 s, on every build, for a worker that rarely changes, so each result is kept in the
 * cache folder under a digest of the chunk and the options, and a build reuses it; the folder
 * keeps only what the last build used.
 */
export function minifyWorkerChunks(): Plugin {
  return {
    name: 'terser-search-worker',
    async generateBundle(_options, bundle) {
      const folder = process.env[MINIFIED_WORKER_CACHE_VARIABLE];
      const used = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const key = createHash('sha256').update(KEY_PREFIX).update(chunk.code).digest('hex').slice(0, 32);
        used.add(`${key}.js`);
        const kept = folder === undefined ? null : readKept(join(folder, `${key}.js`));
        const minified = kept ?? (await minify(chunk.code, structuredClone(WORKER_MINIFY_OPTIONS) as MinifyOptions)).code ?? chunk.code;
        if (kept === null && folder !== undefined) keep(folder, `${key}.js`, minified);
        chunk.code = minified;
      }
      if (folder !== undefined) forgetOthers(folder, used);
    },
  };
}

function readKept(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Best effort, whole or not at all: a build that cannot write minifies again next time. */
function keep(folder: string, name: string, code: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    const partial = join(folder, `${name}.${process.pid}.partial`);
    writeFileSync(partial, code);
    renameSync(partial, join(folder, name));
  } catch {
    // A read-only or shared folder: nothing kept.
  }
}

function forgetOthers(folder: string, used: ReadonlySet<string>): void {
  try {
    // Left-over partial files of a build that stopped go too.
    for (const name of readdirSync(folder)) if (!used.has(name)) rmSync(join(folder, name), { force: true });
  } catch {
    // No folder yet.
  }
}
