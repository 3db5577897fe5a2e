import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { defaultFindingsContext } from '../../../src/findings/build-findings-export.ts';
import { candidatePairs as candidateList, type CandidateOptions } from '../../../src/findings/candidate-pairs.ts';
import { findFindings } from '../../../src/findings/find-findings.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import type { Source } from '../../../src/schemas/source.ts';

const one = () => 1;

/** The candidates as `[first, second]` pairs, to read in expectations. */
function candidatePairs(keySets: ReadonlySet<string>[], weightOf: (key: string) => number, options: CandidateOptions, bucketOf?: (index: number) => string | null): [number, number][] {
  const { first, second } = candidateList(keySets, weightOf, options, bucketOf);
  return [...first].map((value, position) => [value, second[position]!]);
}

describe('candidatePairs', () => {
  it('pairs the statements that share a key, each pair once, in order', () => {
    const keys = [new Set(['a', 'b']), new Set(['b']), new Set(['c']), new Set(['a', 'c'])];
    expect(candidatePairs(keys, one, { maxPostings: 10, maxCandidates: 10 })).toEqual([
      [0, 1],
      [0, 3],
      [2, 3],
    ]);
  });

  it('lets no key held by more than `maxPostings` statements propose a pair on its own', () => {
    const keys = [new Set(['common']), new Set(['common']), new Set(['common', 'rare']), new Set(['common', 'rare'])];
    expect(candidatePairs(keys, one, { maxPostings: 3, maxCandidates: 10 })).toEqual([[2, 3]]);
  });

  it('pairs a statement about one study only with its study and with general statements, a general one with any', () => {
    const keys = [new Set(['a']), new Set(['a']), new Set(['a']), new Set(['a'])];
    const buckets = ['study-x', 'study-y', null, 'study-x'];
    expect(candidatePairs(keys, one, { maxPostings: 10, maxCandidates: 10 }, (index) => buckets[index]!)).toEqual([
      [0, 2],
      [0, 3],
      [1, 2],
      [2, 3],
    ]);
  });

  it('keeps for each statement the partners it shares the most weight with', () => {
    const keys = [new Set(['a', 'b']), new Set(['a']), new Set(['a', 'b']), new Set(['c'])];
    // 0 shares a and b with 2, only a with 1; 1 shares a with both, and keeps the lower index.
    expect(candidatePairs(keys, one, { maxPostings: 10, maxCandidates: 1 })).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });
});

describe('the work of finding findings', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const corpus = loadCorpus(root);

  /** The corpus `copies` times over, each copy's sources and claims under new ids. */
  function copied(copies: number): { sources: Source[]; claims: Claim[] } {
    const sources: Source[] = [];
    const claims: Claim[] = [];
    for (let copy = 0; copy < copies; copy += 1) {
      const suffix = copy === 0 ? '' : `-copy-${copy}`;
      for (const entry of corpus) {
        sources.push({ ...entry.source, id: `${entry.source.id}${suffix}` });
        for (const found of entry.claims) claims.push({ ...found, id: `${found.id}${suffix}`, sourceId: `${found.sourceId}${suffix}` });
      }
    }
    return { sources, claims };
  }

  it('scores a number of pairs that grows about as fast as the corpus, not as its square', () => {
    const scored = [4, 8].map((copies) => {
      const { sources, claims } = copied(copies);
      return findFindings(claims, sources, defaultFindingsContext).scoredPairs;
    });
    // Doubling the corpus (it is already past each statement's cap of partners) at most a little
    // more than doubles the pairs; scoring every pair would quadruple them.
    expect(scored[1]! / scored[0]!).toBeLessThan(2.2);
  }, 60_000);
});
