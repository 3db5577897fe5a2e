import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { buildFindingsExport } from '../../../src/findings/build-findings-export.ts';

/*
 * How far two careful people agree on "same finding": every third pair of
 * tests/fixtures/finding-pairs.jsonl (lines 1, 4, 7, ...: 131 pairs) labelled again by a fourth
 * person who saw the definition, the two claims and the sources, and neither the first labels
 * nor any grouping (tests/fixtures/finding-pairs.README.md, "A second labeller"). Issue 5 asks the
 * matcher for 0.9 precision and recall against the first labels; this says what a second human
 * scores against them, which is the most any matcher can be expected to.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = <T extends z.ZodType>(name: string, schema: T): z.output<T>[] =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => schema.parse(JSON.parse(line)));

const first = read('finding-pairs.jsonl', z.object({ a: z.string(), b: z.string(), same: z.boolean(), why: z.string() }));
const second = read('finding-pairs-second-labeller.jsonl', z.object({ a: z.string(), b: z.string(), same: z.boolean(), borderline: z.boolean(), why: z.string() }));
const key = (pair: { a: string; b: string }) => [pair.a, pair.b].sort().join('\n');
const firstByKey = new Map(first.map((pair) => [key(pair), pair]));

/** Agreement, Cohen's kappa, and precision and recall of `predicted` against `truth`. */
function compareLabels(truth: readonly boolean[], predicted: readonly boolean[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let agreeing = 0;
  truth.forEach((label, index) => {
    const guess = predicted[index]!;
    if (guess && label) truePositives++;
    if (guess && !label) falsePositives++;
    if (!guess && label) falseNegatives++;
    if (guess === label) agreeing++;
  });
  const count = truth.length;
  const observed = agreeing / count;
  const truthSame = truth.filter(Boolean).length / count;
  const predictedSame = predicted.filter(Boolean).length / count;
  const chance = truthSame * predictedSame + (1 - truthSame) * (1 - predictedSame);
  return {
    count,
    agreement: observed,
    kappa: chance === 1 ? 1 : (observed - chance) / (1 - chance),
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
  };
}

describe('a second labeller against the first labels', () => {
  const corpus = loadCorpus(root);
  const { groups } = buildFindingsExport(
    corpus.map((entry) => entry.source),
    corpus.flatMap((entry) => entry.claims),
  );
  const groupsOf = new Map<string, Set<string>>();
  for (const group of groups) for (const id of group.claimIds) groupsOf.set(id, (groupsOf.get(id) ?? new Set()).add(group.id));
  const together = (a: string, b: string) => [...(groupsOf.get(a) ?? [])].some((id) => groupsOf.get(b)?.has(id));

  const matched = second.map((pair) => ({ pair, original: firstByKey.get(key(pair)) }));
  const firstLabels = matched.map(({ original }) => original?.same ?? false);
  const secondLabels = second.map((pair) => pair.same);
  const matcher = second.map((pair) => together(pair.a, pair.b));
  const clear = matched.flatMap(({ pair, original }, index) => (!pair.borderline && !original?.why.includes('BORDERLINE') ? [index] : []));
  const humans = compareLabels(firstLabels, secondLabels);
  const humansOnClear = compareLabels(
    clear.map((index) => firstLabels[index]!),
    clear.map((index) => secondLabels[index]!),
  );

  it('relabels pairs of the fixture only, each once', () => {
    expect(matched.filter(({ original }) => original === undefined).map(({ pair }) => `${pair.a} ~ ${pair.b}`)).toEqual([]);
    expect(new Set(second.map(key)).size).toBe(second.length);
  });

  it('reports how far the two labellers agree, and the matcher with each', () => {
    const line = (name: string, result: ReturnType<typeof compareLabels>) =>
      `${name.padEnd(44)} agreement ${(100 * result.agreement).toFixed(1)}%, kappa ${result.kappa.toFixed(3)}, precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (${result.count} pairs)`;
    console.log(
      [
        line('second labeller against the first', humans),
        line('  on pairs neither marked borderline', humansOnClear),
        line('matcher against the first labeller', compareLabels(firstLabels, matcher)),
        line('matcher against the second labeller', compareLabels(secondLabels, matcher)),
        line('  matcher on pairs neither marked borderline', compareLabels(clear.map((index) => firstLabels[index]!), clear.map((index) => matcher[index]!))),
      ].join('\n'),
    );
    expect(humans.count).toBe(second.length);
    // The level measured when the second labels were made (118 of 131): a label edited later
    // on either side moves it.
    expect(humans.agreement).toBeGreaterThanOrEqual(118 / 131);
  });

  /*
   * Measured 2026-12-04: the second labeller agrees with the first on 90.1% of the 131 pairs
   * (kappa 0.795; as a predictor of the first labels, precision 0.947 and recall 0.887), and on
   * all 72 pairs that neither marked borderline. A label edited later, on either side, shows
   * here first.
   */
  it('agrees with the first labels on every pair that neither labeller found borderline', () => {
    expect(humansOnClear.agreement).toBe(1);
    expect(humansOnClear.count).toBeGreaterThanOrEqual(60);
  });
});
