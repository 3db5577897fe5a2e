/**
 * The `limit` best of some record numbers by rank (lower first, ties by lower number), best
 * first: what sorting them all and taking the head gives, without sorting them all. A query
 * of one or two letters matches most of a large corpus, and only the few fuse will score are
 * wanted, so this keeps a small sorted buffer and lets most numbers go after one comparison.
 */
export function bestRanked(numbers: readonly number[], rankOf: ArrayLike<number>, limit: number): number[] {
  const best: number[] = [];
  if (limit <= 0) return best;
  const before = (a: number, b: number) => rankOf[a]! < rankOf[b]! || (rankOf[a] === rankOf[b] && a < b);
  for (const number of numbers) {
    if (best.length === limit && !before(number, best[limit - 1]!)) continue;
    // Binary search for the first buffered number this one comes before.
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(number, best[middle]!)) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, number);
    if (best.length > limit) best.pop();
  }
  return best;
}
