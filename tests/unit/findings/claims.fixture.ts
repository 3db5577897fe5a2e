import { detectTimescales } from '../../../src/pipeline/detect-timescales.ts';
import type { Claim, Timescale } from '../../../src/schemas/claim.ts';

/** A claim for tests: the text's own timescales, and whatever fields the test cares about. */
export function claim(text: string, fields: Partial<Claim> = {}): Claim {
  return {
    id: fields.id ?? text.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '').slice(0, 40),
    sourceId: 'news',
    text,
    span: { start: 0, end: text.length },
    unitType: 'sentence',
    kind: 'finding',
    species: 'mouse',
    speciesBasis: 'sentence',
    timescales: detectTimescales(text),
    hedge: { level: 'asserted', cues: [] },
    speaker: 'journalist',
    study: 'moda-sava-2019',
    topics: [],
    ...fields,
  };
}

/** The timescales a phrase reads as, for tests of time comparisons. */
export function times(phrase: string): Timescale[] {
  return detectTimescales(phrase);
}
