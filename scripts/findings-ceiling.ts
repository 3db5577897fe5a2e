/**
 * How well the matcher's own evidence can tell "same finding" from "not the same" on the
 * tuning half of the hand-labelled pairs (tests/fixtures/finding-pairs.jsonl), apart from the
 * grouping: issue 5's bar of 0.9 precision and recall asks more of that evidence than the
 * grouping's choices alone can give.
 *
 *   npm run findings:ceiling
 *
 * For each pair it takes the best-scoring pair of the two claims' statements (a claim that
 * reports two things is two statements) and prints:
 * - precision and recall when the pair score alone decides, at thresholds from 0.1 to 0.5, and
 *   its AUC (the chance that a pair labelled the same outscores one labelled different);
 * - the AUC of a logistic model fitted on the features the matcher computes (the score and its
 *   parts, the vetoes, the time relation, the kinds, hedges, changes, causes, directions and
 *   topics of both claims), both on the pairs it was fitted on and cross-validated in five
 *   folds. If a model free to weigh every feature ranks the pairs no better than the hand-set
 *   score, retuning weights cannot reach the bar; it needs evidence the features do not hold.
 *
 * It reads the tuning half only: the measuring half stays unseen (finding-pairs.README.md).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load-corpus.ts';
import { defaultFindingsContext } from '../src/findings/build-findings-export.ts';
import { findFindings } from '../src/findings/find-findings.ts';
import { changeAgreement, isGeneral, type ComparableStatement, type PairScore } from '../src/findings/score-pair.ts';
import { claimKinds } from '../src/schemas/vocabulary-values.ts';
import { halfOf } from '../tests/support/finding-pair-halves.ts';

const FOLDS = 5;
const PENALTIES = [0.01, 0.1, 1];
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];

interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
}

const root = fileURLToPath(new URL('../', import.meta.url));
const pairs = readFileSync(new URL('../tests/fixtures/finding-pairs.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as LabelledPair)
  .filter((pair) => halfOf(pair) === 'tuning');

const corpus = loadCorpus(root);
const claims = corpus.flatMap((entry) => entry.claims);
// Exhaustive, so that every pair of statements has its score, found by the index or not.
const findings = findFindings(
  claims,
  corpus.map((entry) => entry.source),
  defaultFindingsContext,
  'exhaustive',
);
const statementsOf = new Map<string, number[]>();
findings.statements.forEach((statement, index) => statementsOf.set(statement.claim.id, [...(statementsOf.get(statement.claim.id) ?? []), index]));

/** The best-scoring pair of the two claims' statements, a vetoed pair counting below any other. */
function bestStatements(pair: LabelledPair): { first: ComparableStatement; second: ComparableStatement; score: PairScore } {
  let best: { first: ComparableStatement; second: ComparableStatement; score: PairScore } | null = null;
  const rank = (score: PairScore) => (score.veto === null ? score.score : score.words - 2);
  for (const first of statementsOf.get(pair.a) ?? []) {
    for (const second of statementsOf.get(pair.b) ?? []) {
      const score = findings.score(Math.min(first, second), Math.max(first, second));
      if (best === null || rank(score) > rank(best.score)) best = { first: findings.statements[first]!, second: findings.statements[second]!, score };
    }
  }
  if (best === null) throw new Error(`no statements for ${pair.a} or ${pair.b}`);
  return best;
}

function featuresOf(pair: LabelledPair): number[] {
  const { first: a, second: b, score } = bestStatements(pair);
  const both = (test: (statement: ComparableStatement) => boolean) => (test(a) ? 1 : 0) + (test(b) ? 1 : 0);
  return [
    score.score,
    score.words,
    score.veto === null ? 0 : 1,
    ...(['same', 'close', 'compatible', 'none'] as const).map((relation) => (score.timescale === relation ? 1 : 0)),
    score.study,
    score.species,
    a.claim.sourceId === b.claim.sourceId ? 1 : 0,
    a.voice === b.voice ? 1 : 0,
    a.claim.kind === b.claim.kind ? 1 : 0,
    ...claimKinds.map((kind) => both((statement) => statement.claim.kind === kind)),
    a.claim.hedge === b.claim.hedge ? 1 : 0,
    changeAgreement(a.changes, b.changes),
    both((statement) => statement.changes.size > 0),
    a.cause === b.cause ? 1 : 0,
    a.direction === b.direction ? 1 : 0,
    both((statement) => isGeneral(statement.claim)),
    [...a.topicSet].filter((topic) => b.topicSet.has(topic)).length,
    Math.min(a.keys.size, b.keys.size) / Math.max(1, a.keys.size, b.keys.size),
  ];
}

const labels = pairs.map((pair) => (pair.same ? 1 : 0));
const raw = pairs.map(featuresOf);
const scores = raw.map((features) => features[0]!);

/** The chance that a pair labelled the same ranks above one labelled different (ties count half). */
function areaUnderCurve(indexes: readonly number[], rankOf: (index: number) => number): number {
  let wins = 0;
  let comparisons = 0;
  for (const positive of indexes.filter((index) => labels[index] === 1)) {
    for (const negative of indexes.filter((index) => labels[index] === 0)) {
      comparisons += 1;
      const difference = rankOf(positive) - rankOf(negative);
      wins += difference > 0 ? 1 : difference === 0 ? 0.5 : 0;
    }
  }
  return wins / comparisons;
}

/** Logistic regression by gradient descent on standardised features, with an L2 penalty. */
function fitLogistic(rows: readonly number[][], targets: readonly number[], penalty: number): (row: readonly number[]) => number {
  const width = rows[0]!.length;
  const means = Array.from({ length: width }, (_, column) => rows.reduce((sum, row) => sum + row[column]!, 0) / rows.length);
  const spreads = Array.from({ length: width }, (_, column) => Math.sqrt(rows.reduce((sum, row) => sum + (row[column]! - means[column]!) ** 2, 0) / rows.length) || 1);
  const standard = (row: readonly number[]) => row.map((value, column) => (value - means[column]!) / spreads[column]!);
  const inputs = rows.map(standard);
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  const linear = (row: readonly number[]) => row.reduce((sum, value, column) => sum + value * weights[column]!, bias);
  for (let step = 0; step < 3000; step += 1) {
    const gradient = new Array<number>(width).fill(0);
    let biasGradient = 0;
    inputs.forEach((row, index) => {
      const error = 1 / (1 + Math.exp(-linear(row))) - targets[index]!;
      row.forEach((value, column) => (gradient[column]! += error * value));
      biasGradient += error;
    });
    for (let column = 0; column < width; column += 1) weights[column]! -= 0.05 * (gradient[column]! / rows.length + penalty * weights[column]!);
    bias -= (0.05 * biasGradient) / rows.length;
  }
  return (row) => linear(standard(row));
}

const everyPair = pairs.map((_, index) => index);
const positives = labels.filter((label) => label === 1).length;
const lines = [`tuning half: ${pairs.length} pairs (${positives} labelled same, ${pairs.length - positives} not)`, '', 'the pair score alone, "same" at or above a threshold:'];
for (const threshold of THRESHOLDS) {
  const predicted = everyPair.filter((index) => scores[index]! >= threshold);
  const truePositives = predicted.filter((index) => labels[index] === 1).length;
  lines.push(`  ${threshold.toFixed(2)}: precision ${(truePositives / Math.max(1, predicted.length)).toFixed(3)}, recall ${(truePositives / positives).toFixed(3)}`);
}
lines.push(`  AUC ${areaUnderCurve(everyPair, (index) => scores[index]!).toFixed(3)}`, '', `a logistic model over ${raw[0]!.length} features of the matcher:`);
for (const penalty of PENALTIES) {
  const fitted = fitLogistic(raw, labels, penalty);
  const heldOut = new Array<number>(pairs.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const training = everyPair.filter((index) => index % FOLDS !== fold);
    const model = fitLogistic(
      training.map((index) => raw[index]!),
      training.map((index) => labels[index]!),
      penalty,
    );
    for (const index of everyPair.filter((candidate) => candidate % FOLDS === fold)) heldOut[index] = model(raw[index]!);
  }
  lines.push(`  penalty ${penalty}: AUC ${areaUnderCurve(everyPair, (index) => fitted(raw[index]!)).toFixed(3)} on the pairs it was fitted on, ${areaUnderCurve(everyPair, (index) => heldOut[index]!).toFixed(3)} cross-validated (${FOLDS} folds)`);
}
console.log(lines.join('\n'));
