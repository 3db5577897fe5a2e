/**
 * The pairs of statements worth scoring, found through an inverted index instead of trying
 * every pair, so the matcher's work grows with the corpus, not with its square. Two statements
 * are candidates when they share a key (a pair that shares none scores 0:
 * src/findings/score-pair.ts) and could be one finding at all: each statement has a bucket, its
 * primary study, and a statement about one study is only paired with its study's statements
 * and with general ones (bucket null: a general fact or earlier work, which any study's
 * tellings may retell); a general statement is paired with any. Two limits keep each
 * statement's share bounded:
 * - a key held by more than `maxPostings` of the statements searched proposes no pair on its
 *   own ("ketamine" in a corpus about ketamine); pairs that share it and something rarer are
 *   still found through the rarer;
 * - each statement proposes at most `maxCandidates` partners: those with the most key weight in
 *   common, ties to the lower index.
 * On a corpus where no key exceeds `maxPostings` and no statement has more partners than
 * `maxCandidates`, the result is every pair that shares a key and may meet.
 */
export interface CandidateOptions {
  maxPostings: number;
  maxCandidates: number;
}

/** Candidate pairs, `first[n] < second[n]`, sorted by first then second; typed arrays, since a large corpus has millions. */
export interface CandidateList {
  first: Int32Array;
  second: Int32Array;
}

/** The candidate pairs of a list of statements' keys. `bucketOf` is null for a general statement. */
export function candidatePairs(
  keySets: readonly ReadonlySet<string>[],
  weightOf: (key: string) => number,
  options: CandidateOptions,
  bucketOf: (index: number) => string | null = () => null,
): CandidateList {
  // key -> bucket -> statements holding it; the general bucket is ''.
  const postings = new Map<string, Map<string, number[]>>();
  const totals = new Map<string, number>();
  keySets.forEach((keys, index) => {
    const bucket = bucketOf(index) ?? '';
    for (const key of keys) {
      let byBucket = postings.get(key);
      if (byBucket === undefined) postings.set(key, (byBucket = new Map()));
      const list = byBucket.get(bucket);
      if (list === undefined) byBucket.set(bucket, [index]);
      else list.push(index);
      totals.set(key, (totals.get(key) ?? 0) + 1);
    }
  });

  // Each pair as one number, first * count + second, collected then sorted and deduplicated.
  const count = keySets.length;
  let codes = new Float64Array(1024);
  let length = 0;
  // The key weight each statement shares with the one proposing, and which it has touched:
  // typed and reused, since a statement meets thousands of others through its keys.
  const sharedWeight = new Float64Array(count);
  const isTouched = new Uint8Array(count);
  const touched: number[] = [];
  keySets.forEach((keys, index) => {
    const bucket = bucketOf(index);
    for (const key of keys) {
      const byBucket = postings.get(key)!;
      const met = bucket === null ? null : [byBucket.get(bucket) ?? [], byBucket.get('') ?? []];
      const lists = met ?? byBucket.values();
      const size = met === null ? totals.get(key)! : met[0]!.length + met[1]!.length;
      if (size > options.maxPostings) continue;
      const weight = weightOf(key);
      for (const list of lists) {
        for (const other of list) {
          if (other === index) continue;
          if (isTouched[other] === 0) {
            isTouched[other] = 1;
            touched.push(other);
          }
          sharedWeight[other] = sharedWeight[other]! + weight;
        }
      }
    }
    const partners = touched.sort((a, b) => sharedWeight[b]! - sharedWeight[a]! || a - b).slice(0, options.maxCandidates);
    for (const other of touched) {
      sharedWeight[other] = 0;
      isTouched[other] = 0;
    }
    touched.length = 0;
    for (const other of partners) {
      if (length === codes.length) {
        const grown = new Float64Array(codes.length * 2);
        grown.set(codes);
        codes = grown;
      }
      codes[length] = index < other ? index * count + other : other * count + index;
      length += 1;
    }
  });
  const sorted = codes.subarray(0, length).sort();
  let unique = 0;
  for (let position = 0; position < sorted.length; position += 1) if (position === 0 || sorted[position] !== sorted[position - 1]) sorted[unique++] = sorted[position]!;
  const first = new Int32Array(unique);
  const second = new Int32Array(unique);
  for (let position = 0; position < unique; position += 1) {
    first[position] = Math.floor(sorted[position]! / count);
    second[position] = sorted[position]! - first[position]! * count;
  }
  return { first, second };
}
