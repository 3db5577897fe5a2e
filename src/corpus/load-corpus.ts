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
 * The environment variable that names a second folder of sources, relative to the repository
 * root, read after content/sources/. The browser tests set it (playwright.config.ts) to build
 * the site with the hostile fixture of tests/fixtures/hostile-sources/; real builds leave it
 * unset. This is the only place that reads it.
 */
export const EXTRA_SOURCES_VARIABLE = 'EXTRA_SOURCES_DIRECTORY';

/** The folders sources are read from, in order: content/sources/, then the extra folder if the environment names one. */
export function sourceDirectories(environment: Record<string, string | undefined> = process.env): string[] {
  const extra = environment[EXTRA_SOURCES_VARIABLE]?.trim();
  return extra ? [SOURCES_DIRECTORY, extra] : [SOURCES_DIRECTORY];
}

/**
 * Every `*.md` source file in a directory under the repository root (by default every folder
 * of `sourceDirectories()`), in file-name order so that two builds of the same input give the
 * same output. This is the only place that reads source files; the loaders, the editors'
 * command and the tests share it. Two files with the same slug stop the build: the slug is
 * the source's id and its URL.
 */
export function readSourceFiles(root: string, directory?: string): SourceFile[] {
  const files = (directory === undefined ? sourceDirectories() : [directory]).flatMap((folder) => readDirectory(root, folder));
  const seen = new Map<string, string>();
  for (const file of files) {
    const other = seen.get(file.id);
    if (other !== undefined) throw new Error(`${file.file}: the source id "${file.id}" is taken by ${other} — rename one of the two files`);
    seen.set(file.id, file.file);
  }
  return files;
}

function readDirectory(root: string, directory: string): SourceFile[] {
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

/** Runs the claim pipeline over every source file of a directory (by default every folder of `sourceDirectories()`). */
export function loadCorpus(root: string, directory?: string): ExtractedSource[] {
  return readSourceFiles(root, directory).map(extractClaims);
}
