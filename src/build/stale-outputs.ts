/**
 * Which files of a kept output folder a build no longer makes (src/build/prune-stale-outputs.ts
 * deletes them). Paths are relative to the folder, with `/`.
 */

/** What one build wrote or reused, by where it came from. */
export interface BuildOutputs {
  /** Every page and endpoint file of this build, rendered now or reused from the last build. */
  routeFiles: Iterable<string>;
  /** The files Vite wrote (scripts, stylesheets, the search worker). */
  bundleFiles: Iterable<string>;
  /** The files of public/, which the build copies as they are. */
  publicFiles: Iterable<string>;
}

/** The files present that no part of this build accounts for, sorted. */
export function staleOutputs(present: Iterable<string>, outputs: BuildOutputs): string[] {
  const made = new Set([...outputs.routeFiles, ...outputs.bundleFiles, ...outputs.publicFiles]);
  return [...present].filter((path) => !made.has(path)).sort();
}

/** The folders, deepest first, that may be left empty once `removed` are gone: each one's parents up to the root. */
export function foldersToTidy(removed: Iterable<string>): string[] {
  const folders = new Set<string>();
  for (const path of removed) {
    const parts = path.split('/');
    for (let depth = parts.length - 1; depth > 0; depth -= 1) folders.add(parts.slice(0, depth).join('/'));
  }
  return [...folders].sort((a, b) => b.split('/').length - a.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Whether a build may keep the pages already in its output folder. Astro's incremental build
 * trusts any page it finds there whose key its cache holds, but its cache (in cacheDir) may
 * have been brought up to date by a build into another folder: dist/ and the browser tests'
 * folder share one. Pages left in a folder the last build did not write may be older than the
 * cache says, so only the folder the cache last built into is kept; any other is emptied and
 * its reused pages copied from the cache, as Astro does by default.
 */
export function keepsOutputFolder(lastBuiltInto: string | null, outDir: string): boolean {
  return lastBuiltInto !== null && lastBuiltInto.trim() === outDir;
}
