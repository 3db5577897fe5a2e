import { causeCues } from './findings-lexicons.ts';

/** What made the change a statement reports: an adverse exposure, a treatment, or an experimenter's deliberate manipulation. */
export type Cause = 'stress' | 'drug' | 'manipulation';

/** Which cause wins when a text names several (content/lexicons/findings-causes.txt says why). */
const PRECEDENCE: readonly Cause[] = ['manipulation', 'drug', 'stress'];

/**
 * A leading purpose clause ("To find out how ketamine works in the brain, the researchers worked
 * with mice ..."; "To test this, we used ..."): it says what the researchers set out to learn,
 * not what made a change, so the causes it names are not the statement's.
 */
const PURPOSE_CLAUSE = /^\P{L}*(?:in order )?to\s+\p{L}+\b[^,]*,\s*/iu;

/**
 * The cause a text names (content/lexicons/findings-causes.txt), the strongest by PRECEDENCE
 * when it names several; null when it names none ("the mice also stopped acting depressed").
 * A leading purpose clause is not read (PURPOSE_CLAUSE).
 */
export function causeOf(text: string, cues: readonly { cause: Cause; pattern: RegExp }[] = causeCues): Cause | null {
  const read = text.replace(PURPOSE_CLAUSE, '');
  const named = new Set<Cause>();
  for (const { cause, pattern } of cues) {
    pattern.lastIndex = 0;
    if (pattern.test(read)) named.add(cause);
  }
  return PRECEDENCE.find((cause) => named.has(cause)) ?? null;
}

/** Whether two causes say the tellings report two changes: both named, and different. */
export function causesConflict(a: Cause | null, b: Cause | null): boolean {
  return a !== null && b !== null && a !== b;
}
