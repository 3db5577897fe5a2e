import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { buildFindingsExport } from '../../../src/findings/build-findings-export.ts';
import { halfOf } from '../../support/finding-pair-halves.ts';

/*
 * The grouping's quality against hand-labelled pairs of claims that someone else labelled,
 * blind to this code (tests/fixtures/finding-pairs.jsonl, one {a, b, same, why} a line; three
 * batches by three labellers). A pair
 * is predicted "same" when some group holds both claims.
 *
 * The pairs are split once, by a fixed rule, into a tuning half and a measuring half
 * (tests/fixtures/finding-pairs.README.md): the matcher may be tuned on the tuning half, whose
 * misses this test prints; the measuring half is only measured, so its numbers say how the
 * matcher does on pairs it was not tuned on. Its misses are never printed.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('../../fixtures/finding-pairs.jsonl', import.meta.url));

const PairSchema = z.object({ a: z.string(), b: z.string(), same: z.boolean(), why: z.string() });
type Pair = z.output<typeof PairSchema>;

/** The bar issue 5 sets for precision and recall. */
const BAR = 0.9;

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

describe('the split of the labelled pairs', () => {
  it('puts a pair in the same half whichever way round its ids stand', () => {
    expect(halfOf({ a: 'x', b: 'y' })).toBe(halfOf({ a: 'y', b: 'x' }));
  });

  it('sends some pairs to each half', () => {
    const halves = ['a-b', 'c-d', 'e-f', 'g-h', 'i-j', 'k-l'].map((ids) => halfOf({ a: ids[0]!, b: ids[2]! }));
    expect(new Set(halves)).toEqual(new Set(['tuning', 'measuring']));
  });
});

describe('the grouping on the hand-labelled pairs', () => {
  const pairs = readFileSync(fixture, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => PairSchema.parse(JSON.parse(line)));
  const tuning = pairs.filter((pair) => halfOf(pair) === 'tuning');
  const measuring = pairs.filter((pair) => halfOf(pair) === 'measuring');
  const corpus = loadCorpus(root);
  const claims = corpus.flatMap((entry) => entry.claims);
  const { groups } = buildFindingsExport(
    corpus.map((entry) => entry.source),
    claims,
  );
  const groupsOf = new Map<string, Set<string>>();
  for (const group of groups) for (const id of group.claimIds) groupsOf.set(id, (groupsOf.get(id) ?? new Set()).add(group.id));
  const together = (a: string, b: string) => [...(groupsOf.get(a) ?? [])].some((id) => groupsOf.get(b)?.has(id));
  const results = { tuning: scorePairs(tuning, together), measuring: scorePairs(measuring, together), all: scorePairs(pairs, together) };

  it('labels only claims the pipeline makes', () => {
    const ids = new Set(claims.map((claim) => claim.id));
    expect(pairs.flatMap((pair) => [pair.a, pair.b]).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('splits the pairs into two halves of about the same size, each with pairs of both kinds', () => {
    for (const half of [tuning, measuring]) {
      expect(half.length).toBeGreaterThan(pairs.length * 0.4);
      expect(half.filter((pair) => pair.same).length).toBeGreaterThan(0);
      expect(half.filter((pair) => !pair.same).length).toBeGreaterThan(0);
    }
  });

  it('reports precision and recall on each half and on all pairs, and the misses of the tuning half only', () => {
    const line = (name: string, result: ReturnType<typeof scorePairs>, count: number) =>
      `${name.padEnd(9)} ${String(count).padStart(3)} pairs: precision ${result.precision.toFixed(3)} (${result.truePositives} of ${result.truePositives + result.falsePositives} predicted same), recall ${result.recall.toFixed(3)} (${result.truePositives} of ${result.truePositives + result.falseNegatives} labelled same)`;
    const miss = (pair: Pair) => `  ${pair.same ? 'missed ' : 'wrongly'} ${pair.a} ~ ${pair.b}: ${pair.why}`;
    console.log(
      [
        line('tuning', results.tuning, tuning.length),
        line('measuring', results.measuring, measuring.length),
        line('all', results.all, pairs.length),
        'misses on the tuning half (the measuring half is only measured):',
        ...results.tuning.misses.map(miss),
      ].join('\n'),
    );
    expect(results.tuning.truePositives + results.tuning.falsePositives + results.tuning.falseNegatives).toBeGreaterThan(0);
  });

  /*
   * The matcher does not reach issue 5's bar. Measured 2026-12-04 (session 17), after a symptom
   * told as ended ("no longer displayed behaviors consistent with depression") reads as a
   * recovery with its sentence's cause, so it stays out of groups of what stress did: tuning
   * half precision 0.866, recall 0.786 (two wrong pairs fewer); measuring half unchanged, 0.789
   * and 0.826; all pairs 0.828, 0.804. Measured 2026-12-04 (session 15), after a claim
   * that names animals stopped counting as a report of its news story's study of eleven men
   * (src/pipeline/detect-species.ts canReportStudyOf): measuring half precision 0.789, recall
   * 0.826; all pairs 0.821, 0.804; tuning half 0.851, 0.786. The label was wrong and is put
   * right; the grouping lost about one pair on each half by it, and the floors below follow.
   * Before that, with all three labelled batches:
   * measuring half precision 0.791, recall 0.835; all pairs 0.830, 0.813; the third batch alone,
   * before any change was made from it, 0.750, 0.676. Measured 2026-12-03 with the first two batches
   * (tests/fixtures/finding-pairs.README.md), after the second round of general changes (times a
   * text denies, early windows and "takes time" as pace, a sentence placed "in this time
   * period" taking the pace of the one before, comparatives of harm and lay words for
   * plasticity, three second memberships that each need two members alike, and members that no
   * longer fit their group dropped): measuring half precision 0.798, recall 0.838; all pairs
   * 0.860, 0.870; tuning half 0.920, 0.899 (before that round: 0.782 / 0.762, 0.844 / 0.834 and
   * 0.899 / 0.899). The gap between the halves is the honest measure of how much the tuning
   * fitted its half: with the matcher before this round, the second batch's own tuning-half
   * pairs, never seen in tuning, scored far above its measuring-half pairs (0.889 / 0.870
   * against 0.703 / 0.703), so a half of 65 pairs swings by more than the gap to the bar. Two
   * checks keep that honest: the bar is asserted as failing, so the day it passes this test
   * turns red and the `.fails` comes off; and the measured level is a floor, so no change may
   * lose what the matcher has without someone deciding so here.
   */
  it.fails(`reaches issue 5's bar of ${BAR} for precision and recall on the measuring half and on all pairs (not yet)`, () => {
    for (const result of [results.measuring, results.all]) {
      expect(result.precision).toBeGreaterThanOrEqual(BAR);
      expect(result.recall).toBeGreaterThanOrEqual(BAR);
    }
  });

  /*
   * The labelled pairs are mostly pairs a reader might confuse, so a grouping that merged every
   * finding about one study would lose little precision on them and gain recall. What readers
   * see is the groups: measured 2026-12-04, 29 groups, the largest of 38 claims (the retellings
   * of one mouse study), and 19.8% of all pairs of non-commentary claims sharing a group (20.1%
   * before a symptom told as ended kept its telling out of groups of what stress did; 19.2%
   * before "Animal studies suggest ..." lost a study it did not report and could join groups as
   * a general fact; 31
   * groups and 19.4% before groups held together by names alone were dropped; 18.3% before the
   * second round of changes). That share may not grow without someone deciding so
   * here: tuning that wins recall by merging findings shows up on this line first.
   */
  it('groups no larger a share of claim pairs than last measured', () => {
    const grouped = claims.filter((claim) => claim.kind !== 'commentary').map((claim) => claim.id);
    let sharing = 0;
    for (const [index, first] of grouped.entries()) for (const second of grouped.slice(index + 1)) if (together(first, second)) sharing += 1;
    const share = sharing / ((grouped.length * (grouped.length - 1)) / 2);
    console.log(`pairs of non-commentary claims sharing a group: ${sharing} (${(share * 100).toFixed(1)}%); groups: ${groups.length}, the largest of ${Math.max(...groups.map((group) => group.claimIds.length))} claims`);
    expect(share).toBeLessThanOrEqual(0.198);
  });

  it('keeps at least the precision and recall last measured, on the measuring half and on all pairs', () => {
    // 90 of 114, 90 of 109, 193 of 235 and 193 of 240, each rounded down.
    expect(results.measuring.precision).toBeGreaterThanOrEqual(0.789);
    expect(results.measuring.recall).toBeGreaterThanOrEqual(0.825);
    expect(results.all.precision).toBeGreaterThanOrEqual(0.821);
    expect(results.all.recall).toBeGreaterThanOrEqual(0.804);
  });
});
