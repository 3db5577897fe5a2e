/**
 * Measures classifyHedgeLevel on the CoNLL-2010 Task 1 biological evaluation set: a sentence
 * is predicted uncertain when its level is hedged or speculative.
 *
 *   npm run bench:hedge -- [benchmark dir]     (default ../shared/benchmarks/hedge)
 *
 * Prints precision, recall and F1 of the uncertain class, the confusion counts, the cues
 * behind the most errors and the speed on one core, writes bench/hedge.json, and ends with
 * the line `F1 0.xxxx`. It only measures: nothing it sees flows back into the model.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const EVAL_FILE = 'conll2010-bio-eval.jsonl';
const REPORT_FILE = new URL('../bench/hedge.json', import.meta.url);
const SHOWN = 15;

const benchmarkDir = resolve(process.argv[2] ?? '../shared/benchmarks/hedge');
const sentences = readFileSync(resolve(benchmarkDir, EVAL_FILE), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; text: string; uncertain: boolean; cues: string[] });

// Loading the module parses and compiles the model; timed apart from classifying.
const loadStarted = performance.now();
const { classifyHedgeLevel } = await import('../src/pipeline/classify-hedge-level.ts');
const { scoreUncertain } = await import('../src/pipeline/hedge/metrics.ts');
const loadSeconds = (performance.now() - loadStarted) / 1000;

const started = performance.now();
const results = sentences.map((sentence) => ({ sentence, hedge: classifyHedgeLevel(sentence.text) }));
const seconds = (performance.now() - started) / 1000;

const pairs = results.map(({ sentence, hedge }) => ({ gold: sentence.uncertain, predicted: hedge.level !== 'asserted' }));
const score = scoreUncertain(pairs);

const falsePositives = results.filter(({ sentence, hedge }) => !sentence.uncertain && hedge.level !== 'asserted');
const falseNegatives = results.filter(({ sentence, hedge }) => sentence.uncertain && hedge.level === 'asserted');
const falsePositiveCues = countTop(falsePositives.flatMap(({ hedge }) => hedge.cues.map((cue) => cue.text.toLowerCase())));
const missedCues = countTop(falseNegatives.flatMap(({ sentence }) => sentence.cues.map((cue) => cue.toLowerCase())));

const report = {
  file: EVAL_FILE,
  sentences: sentences.length,
  uncertain: sentences.filter((sentence) => sentence.uncertain).length,
  precision: round(score.precision),
  recall: round(score.recall),
  f1: round(score.f1),
  confusion: {
    truePositives: score.truePositives,
    falsePositives: score.falsePositives,
    falseNegatives: score.falseNegatives,
    trueNegatives: score.trueNegatives,
  },
  falsePositiveCues: falsePositiveCues.map(([cue, count]) => ({ cue, count })),
  missedGoldCues: missedCues.map(([cue, count]) => ({ cue, count })),
  falsePositiveExamples: falsePositives.slice(0, SHOWN).map(({ sentence, hedge }) => ({ id: sentence.id, text: sentence.text, cues: hedge.cues.map((cue) => cue.text) })),
  falseNegativeExamples: falseNegatives.slice(0, SHOWN).map(({ sentence }) => ({ id: sentence.id, text: sentence.text, goldCues: sentence.cues })),
  speed: {
    seconds: round(seconds),
    modelLoadSeconds: round(loadSeconds),
    sentencesPerSecond: Math.round(sentences.length / seconds),
    note: 'one Node.js thread (one core), classification only; model load timed apart',
  },
};
mkdirSync(new URL('.', REPORT_FILE), { recursive: true });
writeFileSync(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);

console.log(`${EVAL_FILE}: ${report.sentences} sentences, ${report.uncertain} uncertain`);
console.log(`precision ${score.precision.toFixed(4)}  recall ${score.recall.toFixed(4)}`);
console.log(`confusion: TP ${score.truePositives}  FP ${score.falsePositives}  FN ${score.falseNegatives}  TN ${score.trueNegatives}`);
console.log(`cues behind the most false positives: ${falsePositiveCues.map(([cue, count]) => `${cue} ${count}`).join(', ')}`);
console.log(`gold cues missed in false negatives: ${missedCues.map(([cue, count]) => `${cue} ${count}`).join(', ')}`);
console.log(`speed: ${report.speed.sentencesPerSecond} sentences/s, ${seconds.toFixed(2)} s for all on one core (model load ${loadSeconds.toFixed(2)} s)`);
console.log(`report: ${REPORT_FILE.pathname}`);
console.log(`F1 ${score.f1.toFixed(4)}`);

function countTop(items: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, SHOWN);
}

function round(value: number): number {
  return Number(value.toFixed(4));
}
