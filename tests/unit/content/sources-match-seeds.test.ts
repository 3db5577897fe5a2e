import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/pipeline/parse-frontmatter.ts';
import { parseLexicon } from '../../../src/pipeline/lexicon.ts';

const root = new URL('../../../', import.meta.url);
const seedsDirectory = new URL('../shared/seeds/', root);
const manifest = parseLexicon(readFileSync(new URL('content/seeds.sha256', root), 'utf8')).map((line) => {
  const [sha256, seed, source] = line.split(/\s{2,}/);
  return { sha256: sha256!, seed: seed!, source: source! };
});

function bodyOf(source: string): string {
  const file = `content/sources/${source}`;
  return parseFrontmatter(readFileSync(new URL(file, root), 'utf8'), file).body;
}

describe('the sources keep the seeds’ text unchanged', () => {
  it('lists one seed for each of the five sources', () => {
    expect(manifest.map((entry) => entry.seed)).toEqual([
      '000_f6ffb8579f7337e3.txt',
      '001_0a5cb88feab5e049.txt',
      '002_f11b9eceeb488da2.txt',
      '003_6ae7e2db667bd685.txt',
      '004_ca7e4e6d0864c4d8.txt',
    ]);
  });

  for (const { sha256, seed, source } of manifest) {
    it(`keeps the body of ${source} byte for byte the text of ${seed}`, () => {
      const body = bodyOf(source);
      expect(createHash('sha256').update(body, 'utf8').digest('hex')).toBe(sha256);
      // Where the shared seeds are checked out beside the repository (as in CI), compare the text itself.
      if (existsSync(seedsDirectory)) expect(body).toBe(readFileSync(new URL(seed, seedsDirectory), 'utf8'));
    });
  }
});
