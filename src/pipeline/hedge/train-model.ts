import { candidateFeatures } from './features.ts';
import { fitLogisticRegression, type Example } from './logistic-regression.ts';
import { createHedgeClassifier } from './classify.ts';
import type { HedgeModel } from './model.ts';
import { scoreUncertain, type UncertainScore } from './metrics.ts';
import { findPhrase, parsePhrase, phraseKey } from './phrase.ts';
import { tokenize, type Token } from './tokenize.ts';

/** One annotated sentence of the benchmark: its text and the cue strings the annotators marked. */
export interface AnnotatedSentence {
  readonly id: string;
  /** The document it comes from; cross-validation keeps a document's sentences together. */
  readonly document: string;
  readonly corpus: string;
  readonly text: string;
  readonly uncertain: boolean;
  readonly cues: readonly string[];
}

export interface TrainOptions {
  readonly l2: number;
  /** Features seen fewer times than this in training are dropped. */
  readonly minFeatureCount: number;
  /** Weight of each sentence by corpus (e.g. full papers counted double); default 1. */
  readonly corpusWeights: Readonly<Record<string, number>>;
  readonly threshold: number;
  /** Weights smaller than this in absolute value are left out of the stored model. */
  readonly pruneBelow: number;
}

/** A sentence with its tokens and, per token, whether it lies in a gold cue (null: cannot tell). */
export interface AlignedSentence {
  readonly sentence: AnnotatedSentence;
  readonly tokens: Token[];
  readonly inCue: (boolean | null)[];
  /** The token that carries each gold cue (its rarest word), for the candidate list. */
  readonly keyStems: string[];
}

/**
 * Finds each gold cue string in its sentence. When a cue occurs more often in the
 * sentence than it was marked ("or" twice, marked once), its occurrences are left
 * unlabelled rather than guessed.
 */
export function alignSentence(sentence: AnnotatedSentence, sentenceFrequency: ReadonlyMap<string, number>): AlignedSentence {
  const tokens = tokenize(sentence.text);
  const inCue: (boolean | null)[] = tokens.map(() => false);
  const keyStems: string[] = [];
  const marked = new Map<string, number>();
  for (const cue of sentence.cues) marked.set(cue.toLowerCase(), (marked.get(cue.toLowerCase()) ?? 0) + 1);
  for (const [cue, times] of marked) {
    const matches = findPhrase(tokens, parsePhrase(cue));
    for (const match of matches) {
      for (const index of match) inCue[index] = matches.length > times ? (inCue[index] === true ? true : null) : true;
      const key = rarestWord(match.map((index) => tokens[index] as Token), sentenceFrequency);
      if (key !== undefined) keyStems.push(key.stem);
    }
  }
  return { sentence, tokens, inCue, keyStems };
}

/** The word of a cue that carries it: its rarest ("indicate" in "indicate that"); the first on a tie. */
function rarestWord(tokens: readonly Token[], sentenceFrequency: ReadonlyMap<string, number>): Token | undefined {
  let rarest: Token | undefined;
  for (const token of tokens) {
    if (!/\p{L}/u.test(token.text)) continue;
    if (rarest === undefined || (sentenceFrequency.get(token.norm) ?? 0) < (sentenceFrequency.get(rarest.norm) ?? 0)) rarest = token;
  }
  return rarest;
}

/** How many sentences each normalized word occurs in: rarer words make better cue keys. */
export function countSentenceFrequency(sentences: readonly AnnotatedSentence[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const sentence of sentences) {
    for (const norm of new Set(tokenize(sentence.text).map((token) => token.norm))) {
      frequency.set(norm, (frequency.get(norm) ?? 0) + 1);
    }
  }
  return frequency;
}

/** The learned part of a model record. */
export type LearnedCueModel = Pick<HedgeModel, 'threshold' | 'candidateStems' | 'weights' | 'spanPhrases'>;

/** Trains the cue model on aligned sentences; deterministic for a given input order. */
export function trainHedgeModel(aligned: readonly AlignedSentence[], options: TrainOptions): LearnedCueModel {
  const candidateStems = [...new Set(aligned.flatMap((item) => item.keyStems))].sort();
  const candidates = new Set(candidateStems);
  const rows: { features: string[]; label: 0 | 1; weight: number }[] = [];
  const featureCount = new Map<string, number>();
  for (const item of aligned) {
    const weight = options.corpusWeights[item.sentence.corpus] ?? 1;
    item.tokens.forEach((token, index) => {
      const label = item.inCue[index];
      if (!candidates.has(token.stem) || label === null || label === undefined) return;
      const features = candidateFeatures(item.tokens, index);
      for (const feature of features) featureCount.set(feature, (featureCount.get(feature) ?? 0) + 1);
      rows.push({ features, label: label ? 1 : 0, weight });
    });
  }
  const kept = [...featureCount.entries()]
    .filter(([feature, count]) => feature === 'bias' || count >= options.minFeatureCount)
    .map(([feature]) => feature)
    .sort();
  const ids = new Map(kept.map((feature, id) => [feature, id]));
  const examples: Example[] = rows.map((row) => ({
    features: Int32Array.from(row.features.flatMap((feature) => (ids.has(feature) ? [ids.get(feature) as number] : []))),
    label: row.label,
    weight: row.weight,
  }));
  const theta = fitLogisticRegression(examples, { featureCount: kept.length, l2: options.l2, unpenalised: ids.get('bias') ?? -1 });
  const weights: [string, number][] = [];
  kept.forEach((feature, id) => {
    const value = theta[id] ?? 0;
    if (Math.abs(value) >= options.pruneBelow) weights.push([feature, Number(value.toPrecision(4))]);
  });
  return { threshold: options.threshold, candidateStems, weights, spanPhrases: collectSpanPhrases(aligned) };
}

/** Multi-word cues marked at least twice in training, so that a found cue word can grow to cover them. */
export function collectSpanPhrases(aligned: readonly AlignedSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const { sentence } of aligned) {
    for (const cue of sentence.cues) {
      const key = phraseKey(parsePhrase(cue));
      if (key.includes(' ')) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .map(([key]) => key)
    .sort();
}

export interface CrossValidationResult {
  /** Per threshold tried: scores over all held-out sentences, and over the full-paper ones. */
  readonly byThreshold: { threshold: number; all: UncertainScore; papers: UncertainScore }[];
}

/**
 * K-fold cross-validation of the whole classifier (word lists and learned model) on the
 * training sentences, folds by document so no abstract or paper is split across train and test.
 */
export function crossValidate(
  sentences: readonly AnnotatedSentence[],
  lexicon: HedgeModel['lexicon'],
  options: TrainOptions & { folds: number; thresholds: readonly number[]; papersCorpus: string },
): CrossValidationResult {
  const foldOf = assignFolds(sentences, options.folds, options.papersCorpus);
  const predictions = options.thresholds.map(() => [] as { gold: boolean; predicted: boolean; corpus: string }[]);
  for (let fold = 0; fold < options.folds; fold++) {
    const training = sentences.filter((sentence) => foldOf.get(sentence.document) !== fold);
    const heldOut = sentences.filter((sentence) => foldOf.get(sentence.document) === fold);
    const frequency = countSentenceFrequency(training);
    const learned = trainHedgeModel(
      training.map((sentence) => alignSentence(sentence, frequency)),
      options,
    );
    options.thresholds.forEach((threshold, index) => {
      const classify = createHedgeClassifier({ note: '', trainedOn: [], crossValidation: {}, lexicon, ...learned, threshold });
      for (const sentence of heldOut) {
        predictions[index]?.push({ gold: sentence.uncertain, predicted: classify(sentence.text).level !== 'asserted', corpus: sentence.corpus });
      }
    });
  }
  return {
    byThreshold: options.thresholds.map((threshold, index) => {
      const pairs = predictions[index] ?? [];
      return { threshold, all: scoreUncertain(pairs), papers: scoreUncertain(pairs.filter((pair) => pair.corpus === options.papersCorpus)) };
    }),
  };
}

/**
 * Deals documents to folds in turn, full papers first so that each fold gets a share of them
 * (there are only nine); the order is the sorted document ids, so folds never change.
 */
function assignFolds(sentences: readonly AnnotatedSentence[], folds: number, papersCorpus: string): Map<string, number> {
  const documents = new Map<string, boolean>();
  for (const sentence of sentences) documents.set(sentence.document, sentence.corpus === papersCorpus);
  // Code-unit order, not localeCompare, so that folds do not depend on the machine's locale.
  const ordered = [...documents.entries()].sort(([a, paperA], [b, paperB]) => Number(paperB) - Number(paperA) || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(ordered.map(([document], index) => [document, index % folds]));
}
