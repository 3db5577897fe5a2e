import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/**
 * A digest of files and folders of the project (paths from the repository root), names and
 * bytes: what a cached result depends on besides its data, so that editing the code or a word
 * list that made the result makes it stale.
 */
export function digestOfProjectFiles(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((path) => filesUnder(join(root, path)))) hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest('hex');
}
