import { isTimeKey, scoreFromOverlap, type ComparableStatement, type Overlap, type PairScore } from './score-pair.ts';

/**
 * A scorer for the pairs of a list of statements, the same score as src/findings/score-pair.ts
 * `scorePair`, made fast enough for corpora of tens of thousands of claims: each statement's keys
 * become sorted integer ids with their counts, each weighting a table by id, and each statement's
 * total weight is summed once per weighting, so weighing a pair's overlap is one merge of two
 * short sorted lists. `weightingOf` says which weighting a pair uses (its study's, or the whole
 * corpus's: src/findings/find-findings.ts).
 */
export function makePairScorer(
  statements: readonly ComparableStatement[],
  weightings: readonly ((key: string) => number)[],
  weightingOf: (first: ComparableStatement, second: ComparableStatement) => number,
): (first: number, second: number) => PairScore {
  const ids = new Map<string, number>();
  const keysById: string[] = [];
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = keysById.length;
      ids.set(key, id);
      keysById.push(key);
    }
    return id;
  };
  const lists = statements.map((statement) => {
    const entries = [...statement.counts].map(([key, count]) => [idOf(key), count] as const).sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(entries.map((entry) => entry[0])), counts: Float64Array.from(entries.map((entry) => entry[1])) };
  });
  const tables = weightings.map((weightOf) => Float64Array.from(keysById, (key) => weightOf(key)));
  const timeKeys = Uint8Array.from(keysById, (key) => (isTimeKey(key) ? 1 : 0));
  const totals = weightings.map(() => new Float64Array(statements.length).fill(Number.NaN));
  const totalOf = (index: number, weighting: number) => {
    let total = totals[weighting]![index]!;
    if (Number.isNaN(total)) {
      const { ids: keys, counts } = lists[index]!;
      const table = tables[weighting]!;
      total = 0;
      for (let position = 0; position < keys.length; position += 1) total += table[keys[position]!]! * counts[position]!;
      totals[weighting]![index] = total;
    }
    return total;
  };

  return (first, second) => {
    const a = statements[first]!;
    const b = statements[second]!;
    const weighting = weightingOf(a, b);
    const table = tables[weighting]!;
    const left = lists[first]!;
    const right = lists[second]!;
    let shared = 0;
    let sharedWords = 0;
    for (let i = 0, j = 0; i < left.ids.length && j < right.ids.length; ) {
      const idA = left.ids[i]!;
      const idB = right.ids[j]!;
      if (idA === idB) {
        const weight = table[idA]! * Math.min(left.counts[i]!, right.counts[j]!);
        shared += weight;
        if (timeKeys[idA] === 0) sharedWords += weight;
        i += 1;
        j += 1;
      } else if (idA < idB) i += 1;
      else j += 1;
    }
    const overlap: Overlap = { shared, sharedWords, first: totalOf(first, weighting), second: totalOf(second, weighting) };
    return scoreFromOverlap(a, b, overlap);
  };
}
