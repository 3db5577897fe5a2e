import { createHash } from 'node:crypto';

/**
 * Which half of tests/fixtures/finding-pairs.jsonl a pair belongs to: the SHA-256 of its two
 * ids, sorted and joined by a newline; the first eight hex digits as a number, even for tuning,
 * odd for measuring. It depends on the pair alone, not on its line or its label, so the halves
 * stay fixed as pairs are added (tests/fixtures/finding-pairs.README.md).
 */
export function halfOf(pair: { a: string; b: string }): 'tuning' | 'measuring' {
  const [first, second] = [pair.a, pair.b].sort();
  const digest = createHash('sha256').update(`${first}\n${second}`).digest('hex');
  return Number.parseInt(digest.slice(0, 8), 16) % 2 === 0 ? 'tuning' : 'measuring';
}
