import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { holdsAnyFile } from './holds-any-file.ts';
import { foldersToTidy, keepsOutputFolder, staleOutputs } from './stale-outputs.ts';

/**
 * Lets a rebuild keep the pages it reuses where they are. By default Astro empties dist/ and
 * then copies every page its incremental build reuses back out of its cache: at 505 sources,
 * 15,000 pages, about 5 s of a 26 s rebuild in which nothing changed (bench/report.md, section 3).
 * With the folder kept (`vite.build.emptyOutDir: false`), Astro leaves a reused page in place;
 * this integration then removes what the build no longer makes (the page of a claim that is
 * gone, a script under an old hash), so that dist/ holds what a build into an empty folder
 * would. A build into an empty folder must find nothing to remove: if it does, some output is
 * not accounted for, and the build fails instead of deleting it on the next rebuild.
 *
 * The folder is kept only when the cache last built into it (keepsOutputFolder): a marker in
 * the cache folder names the output folder of the last build that finished.
 */
export function pruneStaleOutputs(): AstroIntegration {
  let outDir = '';
  let marker = '';
  let publicDir = '';
  let assetsFolder = '_astro';
  let startedEmpty = true;
  const bundleFiles = new Set<string>();
  const recordBundle: Plugin = {
    name: 'record-bundle-files',
    apply: 'build',
    writeBundle(options, bundle) {
      if (options.dir === undefined) return;
      const folder = relative(outDir, options.dir);
      for (const fileName of Object.keys(bundle)) {
        if (!folder.startsWith('..')) bundleFiles.add(toSlashes(join(folder, fileName)));
        // The prerendering build writes to a folder of its own, and Astro then moves its
        // assets (the stylesheets) from there into dist/'s assets folder.
        if (fileName.startsWith(`${assetsFolder}/`)) bundleFiles.add(fileName);
      }
    },
  };
  return {
    name: 'prune-stale-outputs',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const keep = keepsOutputFolder(readMarker(lastOutDirMarker(config.cacheDir)), fileURLToPath(config.outDir));
        updateConfig({ vite: { build: { emptyOutDir: !keep }, plugins: [recordBundle] } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        marker = lastOutDirMarker(config.cacheDir);
        publicDir = fileURLToPath(config.publicDir);
        assetsFolder = config.build.assets;
      },
      'astro:build:start': () => {
        startedEmpty = !holdsAnyFile(outDir);
        bundleFiles.clear();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const routeFiles = [...assets.values()].flat().map((url) => toSlashes(relative(root, fileURLToPath(url))));
        const stale = staleOutputs(filesUnder(root), { routeFiles, bundleFiles, publicFiles: filesUnder(publicDir) });
        if (stale.length > 0 && startedEmpty) {
          throw new Error(
            `prune-stale-outputs: this build wrote ${stale.length} file(s) it cannot account for (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}); a rebuild would delete them. Tell src/build/prune-stale-outputs.ts where they come from.`,
          );
        }
        for (const path of stale) rmSync(join(root, path), { force: true });
        for (const folder of foldersToTidy(stale)) {
          try {
            rmdirSync(join(root, folder));
          } catch {
            // Not empty: it still holds this build's files.
          }
        }
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) of an earlier build that this one no longer makes`);
        // Only now does the folder hold exactly this build: the next build may keep it.
        mkdirSync(join(marker, '..'), { recursive: true });
        writeFileSync(marker, outDir);
      },
    },
  };
}

/** The file in the cache folder that names the output folder its last build wrote. */
function lastOutDirMarker(cacheDir: URL): string {
  return fileURLToPath(new URL('incremental-out-dir.txt', cacheDir));
}

function readMarker(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Every file under a folder (none if it does not exist), relative to it, with `/`; a .git folder is left out, as Astro leaves it. */
function filesUnder(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => toSlashes(relative(folder, join(entry.parentPath, entry.name))))
    .filter((path) => path !== '.git' && !path.startsWith('.git/'));
}

function toSlashes(path: string): string {
  return path.split(sep).join('/');
}
