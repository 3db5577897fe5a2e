import { z } from 'zod';
import { candidateFeatures } from './features.ts';
import { sigmoid } from './logistic-regression.ts';
import type { Token } from './tokenize.ts';

const CueLevelSchema = z.enum(['hedged', 'speculative']);

/**
 * Everything the hedge classifier knows, as `scripts/train-hedge.ts` writes it to
 * content/lexicons/hedge-model.json: the editors' word lists, compiled, and the model
 * learned from the benchmark's training files.
 */
export const HedgeModelSchema = z.object({
  note: z.string(),
  /** The training files and their sentence counts, so a reader of the JSON knows the provenance. */
  trainedOn: z.array(z.object({ file: z.string(), sentences: z.number().int() })),
  /** Cross-validated figures on the training files (never on the evaluation file). */
  crossValidation: z.record(z.string(), z.number()),
  /** hedge-cues.txt and hedge-speculative.txt, parsed. */
  lexicon: z.object({
    cues: z.array(z.object({ level: CueLevelSchema, phrase: z.string() })),
    speculative: z.array(z.string()),
  }),
  /** Multi-word cues seen in training ("indicate that", "not ... known"): a found cue word grows to cover them. */
  spanPhrases: z.array(z.string()),
  /** A candidate whose cue probability reaches this is a cue. */
  threshold: z.number(),
  /** Stems of the words that carried some training cue: only these are scored. */
  candidateStems: z.array(z.string()),
  /** Feature weights of the logistic regression (see `candidateFeatures`), sorted by feature. */
  weights: z.array(z.tuple([z.string(), z.number()])),
});
export type HedgeModel = z.output<typeof HedgeModelSchema>;

/** The learned part of the model, turned into lookups. */
export interface CompiledCueModel {
  readonly threshold: number;
  readonly candidateStems: ReadonlySet<string>;
  readonly weights: ReadonlyMap<string, number>;
}

/** Turns the stored weights into lookups once, at module load. */
export function compileCueModel(model: Pick<HedgeModel, 'threshold' | 'candidateStems' | 'weights'>): CompiledCueModel {
  return {
    threshold: model.threshold,
    candidateStems: new Set(model.candidateStems),
    weights: new Map(model.weights),
  };
}

/** The probability that the token at `index` is a hedge cue, or null if it is no candidate. */
export function cueProbability(model: CompiledCueModel, tokens: readonly Token[], index: number): number | null {
  const token = tokens[index];
  if (token === undefined || !model.candidateStems.has(token.stem)) return null;
  let margin = 0;
  for (const feature of candidateFeatures(tokens, index)) margin += model.weights.get(feature) ?? 0;
  return sigmoid(margin);
}
