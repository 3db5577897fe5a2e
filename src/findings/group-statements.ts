/**
 * Average-linkage grouping of statements into findings, over a sparse list of scored pairs
 * (src/findings/candidate-pairs.ts finds them; a pair not listed scores 0). Each statement
 * starts alone; of the pairs of groups that may merge, the one with the highest mean score
 * merges, until none may. Two groups may merge when some pair between them reaches the link
 * threshold, the mean score of all pairs between them (unlisted pairs counting 0) reaches the
 * mean threshold, and their summaries do not conflict: a conflict is a veto between some
 * member of one and some member of the other (src/findings/group-vetoes.ts), checked on
 * summaries so that the pairs that were never scored need not be enumerated. Groups told by
 * one voice only are dropped: a telling repeating itself is no second telling. Ties break on
 * the lowest statement indexes, so the result depends only on the input order, which the
 * caller fixes.
 *
 * The work grows with the number of listed pairs, not with the square of the statements: the
 * best merge is kept in a heap of upper bounds (a merged group's mean with a third is a
 * weighted mean of its parts' means, so never above the larger), refreshed when popped.
 */
export interface GroupingInput<Summary> {
  /** How many statements there are; they are referred to by index. */
  count: number;
  /** Who tells each statement (a source, or a voice inside one); a group needs two. */
  voice: (index: number) => string;
  /** Scored pairs, each once, with `first < second`; pairs not listed score 0. */
  pairs: readonly ScoredPair[];
  /** What a group must know of a statement to rule out a merge. */
  summarize: (index: number) => Summary;
  combine: (a: Summary, b: Summary) => Summary;
  /** Whether some member of one group and some member of the other can never be one finding. */
  conflict: (a: Summary, b: Summary) => boolean;
  /** Two groups merge only if some pair between them scores at least this... */
  linkThreshold: number;
  /** ...and the mean of all pairs between them reaches this. */
  meanThreshold: number;
}

/** Two statements by index and their score. */
export interface ScoredPair {
  first: number;
  second: number;
  score: number;
}

/** The score sum and the strongest pair between two groups. */
interface Between {
  sum: number;
  strongest: number;
  /** The mean the pair was last offered at, or -1: older offers of it in the heap are outdated. */
  offered: number;
}

/** A candidate merge; `mean` is an upper bound of the two groups' current mean. */
interface Candidate {
  mean: number;
  /** The lowest statement index of each group when the candidate was made, for ties. */
  low: number;
  high: number;
  first: number;
  second: number;
}

/** Groups of statement indexes, each told by two or more voices, each sorted, in order of their first index. */
export function groupStatements<Summary>(input: GroupingInput<Summary>): number[][] {
  const { count, voice, pairs, summarize, combine, conflict, linkThreshold, meanThreshold } = input;
  // Every group is named by the index it started from; `owner` leads a member to its group.
  const owner = Array.from({ length: count }, (_, index) => index);
  // Members in no particular order (sorted once at the end), with the lowest index kept apart;
  // arrays by group, emptied when a group merges away.
  const members: (number[] | undefined)[] = Array.from({ length: count }, (_, index) => [index]);
  const lowestOf = Array.from({ length: count }, (_, index) => index);
  const summaries: (Summary | undefined)[] = Array.from({ length: count }, (_, index) => summarize(index));
  const edges: (Map<number, Between> | undefined)[] = Array.from({ length: count }, () => new Map());
  const groupOf = (index: number): number => {
    let root = index;
    while (owner[root] !== root) root = owner[root]!;
    for (let step = index; owner[step] !== root; ) {
      const next = owner[step]!;
      owner[step] = root;
      step = next;
    }
    return root;
  };

  const heap = new CandidateHeap();
  const lowest = (group: number) => lowestOf[group]!;
  // A pair of groups is a candidate only once it may merge: a link between them, and a mean at
  // the threshold. Neither can rise but through a merge next to both, which offers it again.
  const offer = (first: number, second: number, between: Between) => {
    if (between.strongest < linkThreshold) return;
    const mean = between.sum / (members[first]!.length * members[second]!.length);
    if (mean < meanThreshold) return;
    const lowFirst = lowest(first);
    const lowSecond = lowest(second);
    between.offered = mean;
    heap.push({ mean, low: Math.min(lowFirst, lowSecond), high: Math.max(lowFirst, lowSecond), first, second });
  };

  for (const { first, second, score } of pairs) {
    if (first === second || score <= 0) continue;
    const between = { sum: score, strongest: score, offered: -1 };
    edges[first]!.set(second, between);
    edges[second]!.set(first, between);
    offer(first, second, between);
  }

  for (let candidate = heap.pop(); candidate !== undefined; candidate = heap.pop()) {
    const first = groupOf(candidate.first);
    const second = groupOf(candidate.second);
    if (first === second) continue;
    const between = edges[first]!.get(second);
    // An offer made again since, at another mean, stands for this one (means that differ by
    // rounding alone, summed in another order, count as one, as below).
    if (between === undefined || Math.abs(candidate.mean - between.offered) > 1e-12) continue;
    // A candidate naming a group since merged away is dropped: that merge offered the pair
    // again under the merged group's name.
    if (first !== candidate.first || second !== candidate.second) continue;
    const mean = between.sum / (members[first]!.length * members[second]!.length);
    const low = Math.min(lowest(first), lowest(second));
    if (mean < candidate.mean - 1e-12 || low !== candidate.low) {
      // A stale bound: offer the pair again at its true mean.
      offer(Math.min(first, second), Math.max(first, second), between);
      continue;
    }
    if (between.strongest < linkThreshold || conflict(summaries[first]!, summaries[second]!)) continue;
    merge(first, second);
  }

  /** Merges the group with fewer neighbours into the other, and offers the changed pairs. */
  function merge(a: number, b: number): void {
    const [into, from] = edges[a]!.size >= edges[b]!.size ? [a, b] : [b, a];
    owner[from] = into;
    const [larger, smaller] = members[into]!.length >= members[from]!.length ? [members[into]!, members[from]!] : [members[from]!, members[into]!];
    for (const member of smaller) larger.push(member);
    members[into] = larger;
    members[from] = undefined;
    lowestOf[into] = Math.min(lowestOf[into]!, lowestOf[from]!);
    summaries[into] = combine(summaries[into]!, summaries[from]!);
    summaries[from] = undefined;
    const intoEdges = edges[into]!;
    const fromEdges = edges[from]!;
    intoEdges.delete(from);
    edges[from] = undefined;
    // Only a group next to both can become newly mergeable (its strongest pair may rise); the
    // means with the others only fall, and their candidates stay valid upper bounds.
    for (const [other, between] of fromEdges) {
      if (other === into) continue;
      const otherEdges = edges[other]!;
      otherEdges.delete(from);
      const existing = intoEdges.get(other);
      if (existing === undefined) {
        // The pair moves to the merged group as it is; its older offers name `from` and lapse.
        between.offered = -1;
        intoEdges.set(other, between);
        otherEdges.set(into, between);
        offer(Math.min(into, other), Math.max(into, other), between);
      } else {
        // Both directions share this record, so updating it in place updates both.
        existing.sum += between.sum;
        existing.strongest = Math.max(existing.strongest, between.strongest);
        existing.offered = -1;
        offer(Math.min(into, other), Math.max(into, other), existing);
      }
    }
  }

  return members
    .filter((group): group is number[] => group !== undefined)
    .filter((group) => new Set(group.map(voice)).size >= 2)
    .map((group) => group.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
}

/**
 * A binary heap of candidates: highest mean first, then the lowest statement indexes. Kept in
 * typed arrays, one per field: at 2,000 sources it holds millions of candidates, and as objects
 * they kept the garbage collector busy for longer than the grouping itself took.
 */
class CandidateHeap {
  #size = 0;
  #mean = new Float64Array(1024);
  #low = new Int32Array(1024);
  #high = new Int32Array(1024);
  #first = new Int32Array(1024);
  #second = new Int32Array(1024);

  push(candidate: Candidate): void {
    if (this.#size === this.#mean.length) this.#grow();
    // Sift up: parents that the new candidate comes before move down a level.
    let index = this.#size;
    this.#size += 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#comesBefore(candidate, parent)) break;
      this.#copy(parent, index);
      index = parent;
    }
    this.#set(index, candidate);
  }

  pop(): Candidate | undefined {
    if (this.#size === 0) return undefined;
    const top = this.#get(0);
    this.#size -= 1;
    if (this.#size > 0) {
      // Sift the last candidate down from the root.
      const last = this.#get(this.#size);
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        // As a swapping heap would: a child moves up only if it comes strictly before.
        let best = -1;
        if (left < this.#size && this.#slotBeforeCandidate(left, last)) best = left;
        if (right < this.#size && (best === -1 ? this.#slotBeforeCandidate(right, last) : this.#slotBefore(right, left))) best = right;
        if (best === -1) break;
        this.#copy(best, index);
        index = best;
      }
      this.#set(index, last);
    }
    return top;
  }

  /** Whether `candidate` comes before the one in `slot`. */
  #comesBefore(candidate: Candidate, slot: number): boolean {
    return before(candidate.mean, candidate.low, candidate.high, this.#mean[slot]!, this.#low[slot]!, this.#high[slot]!);
  }

  #slotBeforeCandidate(slot: number, candidate: Candidate): boolean {
    return before(this.#mean[slot]!, this.#low[slot]!, this.#high[slot]!, candidate.mean, candidate.low, candidate.high);
  }

  #slotBefore(a: number, b: number): boolean {
    return before(this.#mean[a]!, this.#low[a]!, this.#high[a]!, this.#mean[b]!, this.#low[b]!, this.#high[b]!);
  }

  #get(slot: number): Candidate {
    return { mean: this.#mean[slot]!, low: this.#low[slot]!, high: this.#high[slot]!, first: this.#first[slot]!, second: this.#second[slot]! };
  }

  #set(slot: number, candidate: Candidate): void {
    this.#mean[slot] = candidate.mean;
    this.#low[slot] = candidate.low;
    this.#high[slot] = candidate.high;
    this.#first[slot] = candidate.first;
    this.#second[slot] = candidate.second;
  }

  #copy(from: number, to: number): void {
    this.#mean[to] = this.#mean[from]!;
    this.#low[to] = this.#low[from]!;
    this.#high[to] = this.#high[from]!;
    this.#first[to] = this.#first[from]!;
    this.#second[to] = this.#second[from]!;
  }

  #grow(): void {
    const grown = <Array extends Float64Array | Int32Array>(array: Array, make: (length: number) => Array): Array => {
      const next = make(array.length * 2);
      next.set(array);
      return next;
    };
    this.#mean = grown(this.#mean, (length) => new Float64Array(length));
    this.#low = grown(this.#low, (length) => new Int32Array(length));
    this.#high = grown(this.#high, (length) => new Int32Array(length));
    this.#first = grown(this.#first, (length) => new Int32Array(length));
    this.#second = grown(this.#second, (length) => new Int32Array(length));
  }
}

function before(meanA: number, lowA: number, highA: number, meanB: number, lowB: number, highB: number): boolean {
  if (meanA !== meanB) return meanA > meanB;
  if (lowA !== lowB) return lowA < lowB;
  return highA < highB;
}
