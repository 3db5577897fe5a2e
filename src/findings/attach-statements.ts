import type { ScoredPair } from './group-statements.ts';

/**
 * Second memberships. Average linkage puts each statement in one group, but a statement can tell
 * two findings at once, and two groups can be two halves of one finding that the mean kept
 * apart ("ketamine relieves depressive symptoms rapidly" belongs with the other tellings of the
 * rapid clinical effect and with the other tellings of the first, fast step in mice). So after
 * grouping, a statement also joins each other group it fits, at most `limit` of them, best
 * fitting first: one whose members it links to strongly at least once (`link`) and to a second
 * member too (`secondLink`: one member alike is one resemblance, and a statement that tells a
 * finding is like more than one of its tellings), whose mean score with it, unscored pairs
 * counting 0, reaches `mean`, and none of whose members, those attached before it included, it
 * vetoes. Fits are measured against the groups as average
 * linkage left them; ties break on the lowest indexes, so the result depends only on the input.
 */
export interface AttachInput<Summary> {
  /** Groups of statement indexes, each sorted, as src/findings/group-statements.ts returns them. */
  groups: readonly (readonly number[])[];
  pairs: readonly ScoredPair[];
  summarize: (index: number) => Summary;
  combine: (a: Summary, b: Summary) => Summary;
  conflict: (a: Summary, b: Summary) => boolean;
  link: number;
  /** The score a pair with a second member must reach; 0, the default, asks for no second member. */
  secondLink?: number;
  mean: number;
  limit: number;
  /** Whether a statement may take second memberships. */
  eligible?: (index: number) => boolean;
}

/** The groups with their second members added, each sorted, in the order given. */
export function attachStatements<Summary>({ groups, pairs, summarize, combine, conflict, link, secondLink = 0, mean, limit, eligible = () => true }: AttachInput<Summary>): number[][] {
  const groupsOf = new Map<number, number[]>();
  groups.forEach((group, position) => {
    for (const index of group) groupsOf.set(index, [...(groupsOf.get(index) ?? []), position]);
  });
  const summaries = groups.map((group) => group.map(summarize).reduce(combine));

  // Per statement and group: the summed score with the group's members, the strongest, and the second strongest.
  const totals = new Map<number, Map<number, { sum: number; strongest: number; second: number }>>();
  const add = (index: number, other: number, score: number) => {
    for (const position of groupsOf.get(other) ?? []) {
      let byGroup = totals.get(index);
      if (byGroup === undefined) totals.set(index, (byGroup = new Map()));
      const entry = byGroup.get(position);
      if (entry === undefined) {
        byGroup.set(position, { sum: score, strongest: score, second: 0 });
        continue;
      }
      // Updated in place: a large corpus makes millions of these.
      entry.second = Math.max(entry.second, Math.min(entry.strongest, score));
      entry.strongest = Math.max(entry.strongest, score);
      entry.sum += score;
    }
  };
  for (const { first, second, score } of pairs) {
    add(first, second, score);
    add(second, first, score);
  }

  // Best fits first, so that when two candidates for one group veto each other, the one that
  // fits it better gets in; ties go to the lower indexes, so the order is fixed.
  const candidates: { index: number; position: number; mean: number }[] = [];
  for (const [index, byGroup] of totals) {
    if (!eligible(index)) continue;
    const own = new Set(groupsOf.get(index) ?? []);
    for (const [position, entry] of byGroup) {
      const fit = entry.sum / groups[position]!.length;
      if (!own.has(position) && entry.strongest >= link && entry.second >= secondLink && fit >= mean) candidates.push({ index, position, mean: fit });
    }
  }
  candidates.sort((a, b) => b.mean - a.mean || a.index - b.index || a.position - b.position);

  const extended = groups.map((group) => [...group]);
  const taken = new Map<number, number>();
  for (const { index, position } of candidates) {
    if ((taken.get(index) ?? 0) >= limit) continue;
    const statement = summarize(index);
    if (conflict(summaries[position]!, statement)) continue;
    summaries[position] = combine(summaries[position]!, statement);
    extended[position]!.push(index);
    taken.set(index, (taken.get(index) ?? 0) + 1);
  }
  return extended.map((group) => group.sort((a, b) => a - b));
}
