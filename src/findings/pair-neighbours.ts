import type { ScoredPair } from './group-statements.ts';

/**
 * Each statement's scored partners, in the order of the pair list, packed in typed arrays: the
 * partners of statement `i` are `others[offsets[i]]` up to `others[offsets[i + 1]]`, with their
 * scores beside them. A large corpus has millions of pairs, and one small object per pair and
 * side kept the garbage collector busier than the stages that read them.
 */
export interface PairNeighbours {
  offsets: Int32Array;
  others: Int32Array;
  scores: Float64Array;
}

/** Every statement's partners in a list of scored pairs, each pair listed under both its statements. */
export function pairNeighbours(pairs: readonly ScoredPair[]): PairNeighbours {
  let count = 0;
  for (const { first, second } of pairs) count = Math.max(count, first + 1, second + 1);
  const offsets = new Int32Array(count + 1);
  for (const { first, second } of pairs) {
    offsets[first + 1] = offsets[first + 1]! + 1;
    offsets[second + 1] = offsets[second + 1]! + 1;
  }
  for (let index = 0; index < count; index += 1) offsets[index + 1] = offsets[index + 1]! + offsets[index]!;
  const filled = offsets.slice(0, count);
  const others = new Int32Array(offsets[count]!);
  const scores = new Float64Array(offsets[count]!);
  const place = (index: number, other: number, score: number) => {
    const slot = filled[index]!;
    others[slot] = other;
    scores[slot] = score;
    filled[index] = slot + 1;
  };
  for (const { first, second, score } of pairs) {
    place(first, second, score);
    place(second, first, score);
  }
  return { offsets, others, scores };
}

/** Calls `visit` with each partner of `index` and its score, in pair-list order. */
export function forEachNeighbour({ offsets, others, scores }: PairNeighbours, index: number, visit: (other: number, score: number) => void): void {
  if (index + 1 >= offsets.length) return;
  for (let slot = offsets[index]!; slot < offsets[index + 1]!; slot += 1) visit(others[slot]!, scores[slot]!);
}
