import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractClaims, type ExtractedSource, type SourceFile } from '../pipeline/extract-claims.ts';

/** Where the sources live, relative to the repository root. */
export const SOURCES_DIRECTORY = 'content/sources';

/** A source id from its file name: the slug without `.md`. */
export function sourceIdOf(fileName: string): string {
  return fileName.replace(/\.md$/u, '');
}

/**
 * Every `*.md` source file in a directory under the repository root, in file-name order so
 * that two builds of the same input give the same output. This is the only place that reads
 * source files; the loaders, the editors' command and the tests share it.
 */
export function readSourceFiles(root: string, directory = SOURCES_DIRECTORY): SourceFile[] {
  const absolute = join(root, directory);
  return readdirSync(absolute)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      id: sourceIdOf(name),
      file: relative(root, join(absolute, name)).split('\\').join('/'),
      bytes: readFileSync(join(absolute, name)),
    }));
}

/** Runs the claim pipeline over every source file of a directory (by default content/sources/). */
export function loadCorpus(root: string, directory = SOURCES_DIRECTORY): ExtractedSource[] {
  return readSourceFiles(root, directory).map(extractClaims);
}
