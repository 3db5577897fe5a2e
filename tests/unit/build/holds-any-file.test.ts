import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdsAnyFile } from '../../../src/build/holds-any-file.ts';

describe('holdsAnyFile', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'holds-any-file-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is false for a folder that does not exist, an empty one, and one of empty folders', () => {
    expect(holdsAnyFile(join(folder, 'missing'))).toBe(false);
    expect(holdsAnyFile(folder)).toBe(false);
    mkdirSync(join(folder, 'claims', 'a'), { recursive: true });
    expect(holdsAnyFile(folder)).toBe(false);
  });

  it('finds a file however deep it lies', () => {
    mkdirSync(join(folder, 'claims', 'a'), { recursive: true });
    writeFileSync(join(folder, 'claims', 'a', 'index.html'), '<p>a</p>');
    expect(holdsAnyFile(folder)).toBe(true);
  });

  it('leaves a .git folder out, as Astro does', () => {
    mkdirSync(join(folder, '.git'));
    writeFileSync(join(folder, '.git', 'HEAD'), 'ref: refs/heads/main');
    expect(holdsAnyFile(folder)).toBe(false);
  });
});
