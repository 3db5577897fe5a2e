import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSourceFiles, sourceDirectories } from '../../../src/corpus/load-corpus.ts';

const root = new URL('../../../', import.meta.url).pathname;

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('sourceDirectories', () => {
  it('reads content/sources/ alone when EXTRA_SOURCES_DIRECTORY is unset or blank', () => {
    expect(sourceDirectories({})).toEqual(['content/sources']);
    expect(sourceDirectories({ EXTRA_SOURCES_DIRECTORY: '  ' })).toEqual(['content/sources']);
  });

  it('reads the extra folder after content/sources/', () => {
    expect(sourceDirectories({ EXTRA_SOURCES_DIRECTORY: 'tests/fixtures/hostile-sources' })).toEqual(['content/sources', 'tests/fixtures/hostile-sources']);
  });
});

describe('readSourceFiles', () => {
  it('adds the hostile fixture after the real sources when the environment names its folder', () => {
    const real = readSourceFiles(root).map((file) => file.file);
    vi.stubEnv('EXTRA_SOURCES_DIRECTORY', 'tests/fixtures/hostile-sources');
    expect(readSourceFiles(root).map((file) => file.file)).toEqual([...real, 'tests/fixtures/hostile-sources/hostile.md']);
  });

  it('stops when two folders hold the same slug, naming both files', () => {
    const temporary = mkdtempSync(join(tmpdir(), 'explorer-sources-'));
    for (const folder of ['content/sources', 'extra']) {
      mkdirSync(join(temporary, folder), { recursive: true });
      writeFileSync(join(temporary, folder, 'same.md'), '---\n---\n');
    }
    vi.stubEnv('EXTRA_SOURCES_DIRECTORY', 'extra');
    expect(() => readSourceFiles(temporary)).toThrow('extra/same.md: the source id "same" is taken by content/sources/same.md — rename one of the two files');
  });
});
