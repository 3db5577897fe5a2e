import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSourceFiles, SOURCES_DIRECTORY } from '../../src/corpus/load-corpus.ts';
import { parseOptions } from './command-line.ts';
import { generateCorpus } from './generate-corpus.ts';
import { seedMaterialOf } from './seed-material.ts';

/** The seed of the corpus every benchmark run uses, so that runs compare. */
export const CORPUS_SEED = 1;

/**
 * Writes a generated corpus of `count` sources into `folder` (under the repository root),
 * replacing whatever the folder held: a stale file from a larger corpus must not join a
 * smaller one. Returns the ids written.
 */
export function writeGeneratedCorpus(root: string, folder: string, count: number, seed = CORPUS_SEED): string[] {
  const material = seedMaterialOf(readSourceFiles(root, SOURCES_DIRECTORY));
  const sources = generateCorpus(material, { count, seed });
  const absolute = resolve(root, folder);
  rmSync(absolute, { recursive: true, force: true });
  mkdirSync(absolute, { recursive: true });
  for (const source of sources) writeFileSync(join(absolute, `${source.id}.md`), source.text);
  return sources.map((source) => source.id);
}

/** `generate-corpus.ts --count=N --out=<folder> [--seed=S]`, run from the repository root. */
export async function writeGeneratedCorpusFromCommandLine(argv: readonly string[]): Promise<void> {
  const options = parseOptions(argv);
  const count = Number(options['count']);
  const folder = options['out'];
  if (!Number.isInteger(count) || count <= 0 || folder === undefined) {
    console.error('usage: npx tsx scripts/bench/generate-corpus.ts --count=<sources> --out=<folder> [--seed=<number>]');
    process.exitCode = 2;
    return;
  }
  const ids = writeGeneratedCorpus(process.cwd(), folder, count, options['seed'] === undefined ? CORPUS_SEED : Number(options['seed']));
  console.log(`wrote ${ids.length} sources to ${folder}`);
}
