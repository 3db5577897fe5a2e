import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrCompute } from '../../../src/corpus/result-cache.ts';

describe('readOrCompute', () => {
  it('computes once per key and then reads the stored result', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'result-cache-')), 'findings');
    let runs = 0;
    const compute = () => {
      runs += 1;
      return { groups: [{ id: 'a', score: 0.1 + 0.2 }] };
    };
    expect(readOrCompute(folder, 'key-1', compute)).toEqual({ groups: [{ id: 'a', score: 0.1 + 0.2 }] });
    expect(readOrCompute(folder, 'key-1', compute)).toEqual({ groups: [{ id: 'a', score: 0.1 + 0.2 }] });
    expect(runs).toBe(1);
  });

  it('computes again under a new key and keeps only the newest result', () => {
    const folder = mkdtempSync(join(tmpdir(), 'result-cache-'));
    readOrCompute(folder, 'old', () => 1);
    expect(readOrCompute(folder, 'new', () => 2)).toBe(2);
    expect(readdirSync(folder)).toEqual(['new.json']);
  });

  it('computes again when the stored result is broken', () => {
    const folder = mkdtempSync(join(tmpdir(), 'result-cache-'));
    writeFileSync(join(folder, 'key.json'), '{"half');
    expect(readOrCompute(folder, 'key', () => 'made again')).toBe('made again');
  });

  it('only computes when there is no folder', () => {
    let runs = 0;
    readOrCompute(undefined, 'key', () => (runs += 1));
    readOrCompute(undefined, 'key', () => (runs += 1));
    expect(runs).toBe(2);
  });
});
