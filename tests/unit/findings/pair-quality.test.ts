import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { buildFindingsExport } from '../../../src/findings/build-findings-export.ts';

/*
 * The grouping's quality against hand-labelled pairs of claims that someone else labelled,
 * blind to this code (tests/fixtures/finding-pairs.jsonl, one {a, b, same, why} a line). A pair
 * is predicted "same" when some group holds both claims. The matcher is never tuned on this
 * file; it is only measured.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('../../fixtures/finding-pairs.jsonl', import.meta.url));

const PairSchema = z.object({ a: z.string(), b: z.string(), same: z.boolean(), why: z.string() });
type Pair = z.output<typeof PairSchema>;

/** Precision and recall of "same group" on labelled pairs. */
export function scorePairs(pairs: readonly Pair[], together: (a: string, b: string) => boolean) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: Pair[] = [];
  for (const pair of pairs) {
    const predicted = together(pair.a, pair.b);
    if (predicted && pair.same) truePositives += 1;
    if (predicted && !pair.same) falsePositives += 1;
    if (!predicted && pair.same) falseNegatives += 1;
    if (predicted !== pair.same) misses.push(pair);
  }
  return {
    precision: truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives),
    truePositives,
    falsePositives,
    falseNegatives,
    misses,
  };
}

describe('the grouping on the hand-labelled pairs', () => {
  const pairs = readFileSync(fixture, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => PairSchema.parse(JSON.parse(line)));
  const corpus = loadCorpus(root);
  const claims = corpus.flatMap((entry) => entry.claims);
  const { groups } = buildFindingsExport(
    corpus.map((entry) => entry.source),
    claims,
  );
  const groupsOf = new Map<string, Set<string>>();
  for (const group of groups) for (const id of group.claimIds) groupsOf.set(id, (groupsOf.get(id) ?? new Set()).add(group.id));
  const together = (a: string, b: string) => [...(groupsOf.get(a) ?? [])].some((id) => groupsOf.get(b)?.has(id));
  const result = scorePairs(pairs, together);

  it('labels only claims the pipeline makes', () => {
    const ids = new Set(claims.map((claim) => claim.id));
    expect(pairs.flatMap((pair) => [pair.a, pair.b]).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('reports its precision and recall, and keeps precision at 0.9 or above', () => {
    const line = (pair: Pair) => `  ${pair.same ? 'missed ' : 'wrongly'} ${pair.a} ~ ${pair.b}: ${pair.why}`;
    console.log(
      [
        `finding pairs: ${pairs.length} (${pairs.filter((pair) => pair.same).length} same)`,
        `precision ${result.precision.toFixed(3)} (${result.truePositives} of ${result.truePositives + result.falsePositives} predicted same)`,
        `recall    ${result.recall.toFixed(3)} (${result.truePositives} of ${result.truePositives + result.falseNegatives} labelled same)`,
        ...result.misses.map(line),
      ].join('\n'),
    );
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });

  // Known to fail, and kept visible rather than skipped: recall is 0.140 (issue 5 stays open).
  // The labeller's "same finding" includes paraphrases that share few words and general facts
  // told about different studies, which this matcher does not join. When recall reaches 0.9
  // this test starts failing as "passed unexpectedly": then turn it back into a plain `it`.
  it.fails('keeps recall at 0.9 or above', () => {
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});
