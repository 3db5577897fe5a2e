/**
 * Compares two built sites file by file: a rebuild that reused pages must equal a cold build
 * of the same inputs, byte for byte.
 *
 *   npx tsx scripts/bench/compare-sites.ts <site> <other site>
 *
 * Prints the files found in one only and the files that differ, and exits 1 if there are any.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How two sites differ; all three lists empty when they are the same. */
export interface SiteDifference {
  /** Files compared in both. */
  compared: number;
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
}

/** Every file under a folder, by its path from the folder (with `/`), and the digest of its bytes. */
export function fileDigests(folder: string): Map<string, string> {
  const digests = new Map<string, string>();
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else digests.set(relative(folder, path).split('\\').join('/'), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(folder);
  return digests;
}

/** The difference between two sites' files, each list sorted. */
export function compareDigests(first: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): SiteDifference {
  const onlyInFirst = [...first.keys()].filter((path) => !second.has(path)).sort();
  const onlyInSecond = [...second.keys()].filter((path) => !first.has(path)).sort();
  const shared = [...first.keys()].filter((path) => second.has(path));
  const differing = shared.filter((path) => first.get(path) !== second.get(path)).sort();
  return { compared: shared.length, onlyInFirst, onlyInSecond, differing };
}

/** Whether two sites hold the same files with the same bytes. */
export function sitesAreEqual(difference: SiteDifference): boolean {
  return difference.onlyInFirst.length === 0 && difference.onlyInSecond.length === 0 && difference.differing.length === 0;
}

/** The two built folders' difference. */
export function compareSites(first: string, second: string): SiteDifference {
  return compareDigests(fileDigests(first), fileDigests(second));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [first, second] = process.argv.slice(2);
  if (first === undefined || second === undefined) {
    console.error('usage: npx tsx scripts/bench/compare-sites.ts <site> <other site>');
    process.exit(2);
  }
  const difference = compareSites(first, second);
  const list = (heading: string, paths: string[]) => paths.length > 0 && console.log(`${heading} (${paths.length}):\n${paths.slice(0, 50).map((path) => `  ${path}`).join('\n')}`);
  list(`only in ${first}`, difference.onlyInFirst);
  list(`only in ${second}`, difference.onlyInSecond);
  list('different', difference.differing);
  console.log(sitesAreEqual(difference) ? `the same: ${difference.compared} files` : `not the same (${difference.compared} files in both)`);
  process.exitCode = sitesAreEqual(difference) ? 0 : 1;
}
