import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether a folder holds a file at any depth (a .git folder aside), stopping at the first: a
 * kept output folder holds 15,000 pages at 505 sources, and listing them all to learn that it
 * is not empty took 1.4 s of every rebuild.
 */
export function holdsAnyFile(folder: string): boolean {
  const pending = [folder];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(next, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (next === folder && entry.name === '.git') continue;
      if (entry.isFile()) return true;
      if (entry.isDirectory()) pending.push(join(next, entry.name));
    }
  }
  return false;
}
