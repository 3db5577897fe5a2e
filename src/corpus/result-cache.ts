import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A result kept as JSON in a folder between builds, under a key that digests everything it
 * was made from: the stored result when the key matches, else `compute`'s, stored for the next
 * build in place of the last. Without a folder (tests, a build that names none) it computes.
 * Storing is best effort: a result that cannot be written is still returned.
 */
export function readOrCompute<T>(folder: string | undefined, key: string, compute: () => T): T {
  if (folder === undefined) return compute();
  const file = join(folder, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // No stored result for this key (or a broken one): make it.
  }
  const result = compute();
  try {
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(folder)) if (name.endsWith('.json') && name !== `${key}.json`) rmSync(join(folder, name), { force: true });
    // Written whole or not at all, so a build stopped halfway never leaves half a result.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(result));
    renameSync(partial, file);
  } catch {
    // Another build sharing the folder, or a read-only one: the next build computes again.
  }
  return result;
}
