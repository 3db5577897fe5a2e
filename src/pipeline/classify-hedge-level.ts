import modelRecord from '../../content/lexicons/hedge-model.json' with { type: 'json' };
import type { Hedge } from '../schemas/claim.ts';
import { createHedgeClassifier } from './hedge/classify.ts';
import { HedgeModelSchema } from './hedge/model.ts';

// The model is JSON so that vitest, tsx and an Astro/Vite build all bundle it the same way;
// parsing it once here checks its shape before the first sentence is read.
const classify = createHedgeClassifier(HedgeModelSchema.parse(modelRecord));

/**
 * How firmly a unit states what it says (CLAIMS.md section 4): `asserted`, `hedged` or
 * `speculative`, decided by its strongest cue, with every cue's text and UTF-16 offsets.
 */
export function classifyHedgeLevel(text: string): Hedge {
  return classify(text);
}
