import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let projectRoot: string | null = null;

/**
 * The repository root: the nearest folder above this module that holds `content/lexicons`.
 * A path relative to `import.meta.url` is not enough, because a bundler (Astro's prerender
 * build) moves the module into dist/ while the data stays in content/.
 */
export function findProjectRoot(): string {
  if (projectRoot) return projectRoot;
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let folder = start;
    for (;;) {
      if (existsSync(join(folder, 'content', 'lexicons'))) return (projectRoot = folder);
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
  }
  throw new Error(`cannot find the project's content/lexicons above ${fileURLToPath(import.meta.url)} or ${process.cwd()}`);
}

/** A data file of the project (a word list, the glossary) as text, by its path from the repository root. */
export function readProjectFile(path: string): string {
  return readFileSync(join(findProjectRoot(), path), 'utf8');
}
