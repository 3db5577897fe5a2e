/**
 * Average-linkage grouping of statements into findings. Each statement starts alone; of the
 * pairs of groups that may merge, the one with the highest mean score merges, until none may.
 * Two groups may merge when some pair between them from different tellings reaches the link
 * threshold (a telling repeating itself is no second source), the mean of all pairs between
 * them reaches the mean threshold, and no pair between them is vetoed, so no group holds two
 * statements that cannot be the same finding. Groups from one telling only are dropped. Ties
 * break on the lowest statement indexes, so the result depends only on the input order, which
 * the caller fixes.
 */
export interface GroupingInput {
  /** How many statements there are; they are referred to by index. */
  count: number;
  telling: (index: number) => string;
  /** The pair's score, or null when the pair is vetoed. */
  score: (first: number, second: number) => number | null;
  /** Two groups merge only if some cross-telling pair between them scores at least this... */
  linkThreshold: number;
  /** ...and the mean of all their cross-telling pairs reaches this. */
  meanThreshold: number;
}

/** Groups of statement indexes, each spanning two or more tellings, each sorted, in order of their first index. */
export function groupStatements({ count, telling, score, linkThreshold, meanThreshold }: GroupingInput): number[][] {
  const clusters = new Map<number, number[]>();
  for (let index = 0; index < count; index += 1) clusters.set(index, [index]);

  // Between-cluster sums, counts of cross-telling pairs and vetoes, keyed by the cluster ids.
  const sum = new Map<string, number>();
  const pairs = new Map<string, number>();
  const strongest = new Map<string, number>();
  const blocked = new Set<string>();
  const key = (first: number, second: number) => (first < second ? `${first} ${second}` : `${second} ${first}`);
  for (let first = 0; first < count; first += 1) {
    for (let second = first + 1; second < count; second += 1) {
      const value = score(first, second);
      if (value === null) {
        blocked.add(key(first, second));
        continue;
      }
      sum.set(key(first, second), value);
      pairs.set(key(first, second), 1);
      if (telling(first) !== telling(second)) strongest.set(key(first, second), value);
    }
  }

  for (;;) {
    let best: { first: number; second: number; mean: number } | null = null;
    const ids = [...clusters.keys()];
    for (let left = 0; left < ids.length; left += 1) {
      for (let right = left + 1; right < ids.length; right += 1) {
        const pairKey = key(ids[left]!, ids[right]!);
        const n = pairs.get(pairKey) ?? 0;
        if (n === 0 || blocked.has(pairKey) || (strongest.get(pairKey) ?? 0) < linkThreshold) continue;
        const mean = sum.get(pairKey)! / n;
        if (mean >= meanThreshold && (best === null || mean > best.mean)) best = { first: ids[left]!, second: ids[right]!, mean };
      }
    }
    if (best === null) break;
    const { first: into, second: from } = best;
    clusters.set(into, [...clusters.get(into)!, ...clusters.get(from)!].sort((a, b) => a - b));
    clusters.delete(from);
    for (const other of clusters.keys()) {
      if (other === into) continue;
      const merged = key(into, other);
      const gone = key(from, other);
      sum.set(merged, (sum.get(merged) ?? 0) + (sum.get(gone) ?? 0));
      pairs.set(merged, (pairs.get(merged) ?? 0) + (pairs.get(gone) ?? 0));
      strongest.set(merged, Math.max(strongest.get(merged) ?? 0, strongest.get(gone) ?? 0));
      if (blocked.has(gone)) blocked.add(merged);
    }
  }

  return [...clusters.values()]
    .filter((members) => new Set(members.map(telling)).size >= 2)
    .sort((a, b) => a[0]! - b[0]!);
}
