import { describe, expect, it } from 'vitest';
import { groupStatements } from '../../../src/findings/group-statements.ts';

/**
 * Groups from a table of scores: `${low} ${high}` -> score; pairs not listed score 0. A summary
 * is the set of "vetoed" tags a statement carries; two groups conflict when they share a tag.
 */
function grouping(voices: string[], table: Record<string, number>, vetoTags: string[][] = [], linkThreshold = 0.4, meanThreshold = 0.35) {
  return groupStatements({
    count: voices.length,
    voice: (index) => voices[index]!,
    pairs: Object.entries(table).map(([key, score]) => {
      const [first, second] = key.split(' ').map(Number) as [number, number];
      return { first, second, score };
    }),
    summarize: (index) => new Set(vetoTags[index] ?? []),
    combine: (a, b) => new Set([...a, ...b]),
    conflict: (a, b) => [...a].some((tag) => b.has(tag)),
    linkThreshold,
    meanThreshold,
  });
}

describe('groupStatements', () => {
  it('links two voices whose pair reaches the threshold', () => {
    expect(grouping(['a', 'b'], { '0 1': 0.5 })).toEqual([[0, 1]]);
  });

  it('never makes a group of one voice, however alike its statements: a source repeating itself is no second telling', () => {
    expect(grouping(['a', 'a', 'a'], { '0 1': 0.9, '0 2': 0.9, '1 2': 0.9 })).toEqual([]);
  });

  it('lets a third statement join when its mean with the group reaches the mean threshold', () => {
    expect(grouping(['a', 'b', 'c'], { '0 1': 0.6, '0 2': 0.45, '1 2': 0.3 })).toEqual([[0, 1, 2]]);
  });

  it('counts a pair it was never given as 0: a statement that links to one member but has little to do with the rest stays out', () => {
    expect(grouping(['a', 'b', 'c'], { '0 1': 0.6, '0 2': 0.45 })).toEqual([[0, 1]]);
  });

  it('keeps apart two groups whose summaries conflict', () => {
    expect(grouping(['a', 'b', 'c'], { '0 1': 0.6, '0 2': 0.6, '1 2': 0.6 }, [[], ['study-x'], ['study-x']])).toEqual([[0, 1]]);
  });

  it('merges the best pair first, so a statement joins the group it fits best', () => {
    // 2 fits both 0 and 1, but 1 better; 0 and 3 are the other group.
    expect(grouping(['a', 'b', 'c', 'd'], { '1 2': 0.9, '0 2': 0.5, '0 3': 0.8 }, [[], ['t'], [], ['t']])).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });

  it('orders groups by their first statement, and each group\'s statements', () => {
    expect(grouping(['a', 'b', 'a', 'b'], { '0 3': 0.5, '1 2': 0.7 })).toEqual([
      [0, 3],
      [1, 2],
    ]);
  });

  it('gives the same groups for the same pairs in any order', () => {
    const forward = grouping(['a', 'b', 'c', 'd'], { '0 1': 0.5, '1 2': 0.6, '2 3': 0.45, '0 3': 0.4 });
    const backward = groupStatements({
      count: 4,
      voice: (index) => 'abcd'[index]!,
      pairs: [
        { first: 0, second: 3, score: 0.4 },
        { first: 2, second: 3, score: 0.45 },
        { first: 1, second: 2, score: 0.6 },
        { first: 0, second: 1, score: 0.5 },
      ],
      summarize: () => null,
      combine: () => null,
      conflict: () => false,
      linkThreshold: 0.4,
      meanThreshold: 0.35,
    });
    expect(backward).toEqual(forward);
  });

  it('merges as a plain search over every pair of groups would, on random corpora big enough to make its heap go stale and offer pairs again', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = seededRandom(seed);
      const count = 30 + Math.floor(random() * 50);
      const voices = Array.from({ length: count }, () => 'abcd'[Math.floor(random() * 4)]!);
      const tags = Array.from({ length: count }, () => (random() < 0.15 ? ['x'] : random() < 0.15 ? ['y'] : []));
      const table: Record<string, number> = {};
      for (let first = 0; first < count; first += 1) {
        for (let second = first + 1; second < count; second += 1) {
          // Eighths, so that sums are exact whatever order they are added in, and ties are many.
          if (random() < 0.25) table[`${first} ${second}`] = Math.ceil(random() * 8) / 8;
        }
      }
      const expected = plainGrouping(voices, table, tags, 0.5, 0.3);
      expect(grouping(voices, table, tags, 0.5, 0.3), `seed ${seed}`).toEqual(expected);
    }
  });
});

/**
 * The grouping as its definition reads, with no heap: each round, of all pairs of groups that
 * may merge, the best (highest mean, then lowest first statements) merges. Quadratic per round.
 */
function plainGrouping(voices: string[], table: Record<string, number>, tags: string[][], linkThreshold: number, meanThreshold: number): number[][] {
  const scoreOf = (a: number, b: number) => table[`${Math.min(a, b)} ${Math.max(a, b)}`] ?? 0;
  let groups = voices.map((_, index) => [index]);
  const tagsOf = (group: number[]) => new Set(group.flatMap((index) => tags[index] ?? []));
  for (;;) {
    let best: { mean: number; low: number; high: number; a: number; b: number } | null = null;
    for (let a = 0; a < groups.length; a += 1) {
      for (let b = a + 1; b < groups.length; b += 1) {
        const scores = groups[a]!.flatMap((first) => groups[b]!.map((second) => scoreOf(first, second)));
        const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
        if (Math.max(...scores) < linkThreshold || mean < meanThreshold) continue;
        const tagsA = tagsOf(groups[a]!);
        if ([...tagsOf(groups[b]!)].some((tag) => tagsA.has(tag))) continue;
        const lows = [Math.min(...groups[a]!), Math.min(...groups[b]!)].sort((x, y) => x - y) as [number, number];
        const candidate = { mean, low: lows[0], high: lows[1], a, b };
        if (best === null || mean > best.mean || (mean === best.mean && (candidate.low < best.low || (candidate.low === best.low && candidate.high < best.high)))) best = candidate;
      }
    }
    if (best === null) break;
    const merged = [...groups[best.a]!, ...groups[best.b]!];
    groups = groups.filter((_, index) => index !== best.a && index !== best.b).concat([merged]);
  }
  return groups
    .filter((group) => new Set(group.map((index) => voices[index])).size >= 2)
    .map((group) => group.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
}

/** A small deterministic generator (mulberry32), so a failing seed can be run again. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
