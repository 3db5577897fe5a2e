import { createHash } from 'node:crypto';
import { duplicateKey } from './find-duplicates.ts';

/**
 * A stable id for a unit, from its source and its normalised text, never its position
 * (CLAIMS.md section 7): adding a sentence elsewhere leaves every other id, and every link,
 * as it was. A few opening words keep URLs readable; the hash keeps them unique. The
 * occurrence number tells apart repeats of one text, which only exclusions can be.
 */
export function makeUnitId(sourceId: string, text: string, occurrence = 0): string {
  const key = duplicateKey(text);
  const hash = createHash('sha256').update(`${sourceId}\n${key}\n${occurrence}`).digest('hex').slice(0, 10);
  const words = key
    .normalize('NFKD')
    .replace(/[^a-z0-9\s]/gu, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .join('-')
    .slice(0, 48);
  return words ? `${words}-${hash}` : hash;
}
