import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { buildSearchIndex } from '../../../src/search/build-search-index.ts';
import { indexHeadPath, searchIndexDirectory, termShardPath } from '../../../src/search/search-index-format.ts';
import type { SearchRecord } from '../../../src/search/search-record.ts';

/**
 * A copy of the built real site for one search measurement: with the given records in place
 * of the real corpus's search index (written by the same code the build uses), the same
 * records at /bench/records.json for the full-scan baseline, and the benchmark's page at
 * /bench/ (scripts/bench/search/search-lab.ts, bundled here with esbuild).
 */
export async function prepareSearchSite(root: string, realSite: string, target: string, records: readonly SearchRecord[] | null): Promise<number> {
  const directory = resolve(root, target);
  rmSync(directory, { recursive: true, force: true });
  cpSync(resolve(root, realSite), directory, { recursive: true });
  const used = records ?? (JSON.parse(readFileSync(join(directory, 'search-records.json'), 'utf8')) as SearchRecord[]);

  if (records !== null) {
    rmSync(join(directory, searchIndexDirectory.slice(1)), { recursive: true, force: true });
    const index = buildSearchIndex(records);
    const write = (path: string, value: unknown) => {
      const file = join(directory, path.slice(1));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(value));
    };
    write(indexHeadPath(), index.head);
    for (const [key, shard] of index.shards) write(termShardPath(key), shard);
    for (const [path, file] of index.recordFiles) write(path, file);
  }

  mkdirSync(join(directory, 'bench'), { recursive: true });
  writeFileSync(join(directory, 'bench', 'records.json'), JSON.stringify(used));
  writeFileSync(
    join(directory, 'bench', 'index.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Search benchmark</title><script type="module" src="/bench/search-lab.js"></script></head><body><p>Search benchmark page.</p></body></html>\n',
  );
  await build({
    entryPoints: [resolve(root, 'scripts/bench/search/search-lab.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    outfile: join(directory, 'bench', 'search-lab.js'),
    logLevel: 'error',
  });
  return used.length;
}
