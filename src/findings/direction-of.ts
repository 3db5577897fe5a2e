import { matchesAny } from '../pipeline/lexicon.ts';
import type { Cause } from './cause-of.ts';
import { changeConceptKinds, nullEffectPattern, symptomsEndedPatterns, type SymptomsEnded } from './findings-lexicons.ts';

/** Which way the change a statement reports goes: something lost, something gained or restored, or nothing changed. */
export type Direction = 'loss' | 'gain' | 'none';

/** The kinds of change (content/lexicons/findings-change-concepts.txt) that say which way it went; the other kinds say nothing of it. */
const DIRECTION_OF_KIND: Readonly<Record<string, Direction>> = { harm: 'loss', recovery: 'gain' };

/**
 * The direction of a statement's change: `none` when its text reports a null result
 * (content/lexicons/findings-null-effects.txt: "had no effect on behaviour"), else the one
 * direction its change concepts go ("lost spines": loss; "restored the spines": gain), a
 * symptom told as ended counting as a gain ("no longer displayed behaviors consistent with
 * depression": content/lexicons/findings-symptoms-ended.txt), and one told as absent too when
 * the drug is its cause ("after one dose of ketamine ... did not show depression-like
 * symptoms"; after stress that is resilience, no move at all); null when it reports no change,
 * or changes both ways ("reversed these effects by rescuing spines", "reduced formation": each
 * one telling of two moves).
 */
export function directionOf(
  text: string,
  changes: ReadonlySet<string>,
  cause: Cause | null = null,
  kinds: ReadonlyMap<string, string> = changeConceptKinds,
  nullEffect: RegExp = nullEffectPattern,
  symptoms: SymptomsEnded = symptomsEndedPatterns,
): Direction | null {
  if (matchesAny(nullEffect, text)) return 'none';
  const directions = new Set([...changes].flatMap((change) => {
    const direction = DIRECTION_OF_KIND[kinds.get(change) ?? ''];
    return direction === undefined ? [] : [direction];
  }));
  if (matchesAny(symptoms.ended, text) || (cause === 'drug' && matchesAny(symptoms.denied, text))) directions.add('gain');
  return directions.size === 1 ? [...directions][0]! : null;
}

/**
 * Whether two directions say the tellings report two results: both known, and different. A
 * loss against a gain ("stressed mice lost spines" against "the spines came back"), or no effect
 * against a change ("deleting a random subset of spines had no effect" against "deleting the new
 * spines brought the symptoms back").
 */
export function directionsConflict(a: Direction | null, b: Direction | null): boolean {
  return a !== null && b !== null && a !== b;
}
