import type { ScoredPair } from './group-statements.ts';
import { forEachNeighbour, pairNeighbours, type PairNeighbours } from './pair-neighbours.ts';

/**
 * Each group without the members that no other voice in it tells: a member stays only if it
 * was scored alike, at `strength` or more, with a member of another voice, so no statement is
 * in a group only because its own source repeats it, or only because it chains to the group
 * through members it is barely like. Removing one member can leave another alone, so it
 * repeats until nothing changes. Groups left with one voice are dropped, and a group left with
 * the same members as an earlier one is dropped as a repeat. `neighbours` are the pairs'
 * (src/findings/pair-neighbours.ts), when the caller has them.
 */
export function keepToldTwice(
  groups: readonly (readonly number[])[],
  pairs: readonly ScoredPair[],
  voice: (index: number) => string,
  strength = 0,
  neighbours: PairNeighbours = pairNeighbours(pairs),
): number[][] {
  const toldByAnother = (index: number, inGroup: ReadonlySet<number>) => {
    let found = false;
    forEachNeighbour(neighbours, index, (other, score) => {
      if (!found && score >= strength && inGroup.has(other) && voice(index) !== voice(other)) found = true;
    });
    return found;
  };

  const seen = new Set<string>();
  const kept: number[][] = [];
  for (const group of groups) {
    let members = [...group];
    for (;;) {
      const inGroup = new Set(members);
      const next = members.filter((index) => toldByAnother(index, inGroup));
      if (next.length === members.length) break;
      members = next;
    }
    const key = members.join(' ');
    if (new Set(members.map(voice)).size < 2 || seen.has(key)) continue;
    seen.add(key);
    kept.push(members);
  }
  return kept;
}
