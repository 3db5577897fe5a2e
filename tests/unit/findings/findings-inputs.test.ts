import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDINGS_INPUTS } from '../../../src/findings/findings-inputs.ts';

const root = resolve(import.meta.dirname, '../../..');

/** Every project file a module imports, directly or through others (relative imports only; packages are in package-lock.json). */
function importedFiles(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [resolve(root, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.[cm]?[jt]s$/u.test(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/gu)) {
      const target = resolve(dirname(file), match[1]!);
      if (existsSync(target)) pending.push(target);
    }
  }
  return seen;
}

describe('FINDINGS_INPUTS', () => {
  it('holds every project file the findings computation imports, so that editing one makes the kept findings stale', () => {
    const outside = [...importedFiles('src/findings/build-findings-export.ts')]
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((file) => !FINDINGS_INPUTS.some((input) => file === input || file.startsWith(`${input}/`)));
    expect(outside).toEqual([]);
  });

  it('names paths that exist', () => {
    for (const input of FINDINGS_INPUTS) expect(existsSync(join(root, input)), input).toBe(true);
  });
});
