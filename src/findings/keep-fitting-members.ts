import type { ScoredPair } from './group-statements.ts';
import { forEachNeighbour, pairNeighbours, type PairNeighbours } from './pair-neighbours.ts';

/**
 * Each group without the members that fit it least: a member stays only while its mean score
 * with the rest of its group, unscored pairs counting 0, reaches `minimumMean`. Average linkage
 * checks the mean between two groups when they merge, and a second membership checks it when a
 * statement joins, but a group grown by many merges can keep a member that is alike to one or
 * two of its members and to nothing else ("further research needs to ensure this theory applies
 * to the human brain" in a group about how fast ketamine relieves depression, through "a theory
 * on how ketamine works"). The worst fitting member goes first, and the means are taken again
 * without it, until every member fits; ties go to the higher index, so the result depends only
 * on the input. A group of two is left as it is (src/findings/keep-told-twice.ts judges it).
 * `neighbours` are the pairs' (src/findings/pair-neighbours.ts), when the caller has them.
 */
export function keepFittingMembers(
  groups: readonly (readonly number[])[],
  pairs: readonly ScoredPair[],
  minimumMean: number,
  neighbours: PairNeighbours = pairNeighbours(pairs),
): number[][] {
  return groups.map((group) => {
    const members = new Set(group);
    const sums = new Map<number, number>(group.map((index) => [index, 0]));
    for (const index of group) {
      forEachNeighbour(neighbours, index, (other, score) => {
        if (members.has(other)) sums.set(index, sums.get(index)! + score);
      });
    }
    while (members.size > 2) {
      let worst = -1;
      let worstSum = Number.POSITIVE_INFINITY;
      for (const index of members) {
        const sum = sums.get(index)!;
        if (sum < worstSum || (sum === worstSum && index > worst)) {
          worst = index;
          worstSum = sum;
        }
      }
      if (worstSum / (members.size - 1) >= minimumMean) break;
      members.delete(worst);
      forEachNeighbour(neighbours, worst, (other, score) => {
        if (members.has(other)) sums.set(other, sums.get(other)! - score);
      });
    }
    return group.filter((index) => members.has(index));
  });
}
