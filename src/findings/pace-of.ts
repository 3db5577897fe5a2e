import type { Timescale } from '../schemas/claim.ts';
import { readTimescales } from './affirmed-timescales.ts';
import { paceCues, pacePhrases } from './findings-lexicons.ts';

/** Whether a telling stresses that something happened quickly or only after a delay. */
export type Pace = 'fast' | 'delayed';

/**
 * The pace a text's times stress (content/lexicons/findings-pace.txt): `fast` when its time
 * phrases hold only speed words ("almost immediately", "quickly") or bound the moment from the
 * dose to a number of hours (isEarlyWindow: "within 3 hours", "less than six hours"), `delayed`
 * when they hold only delay words ("hours later", "wasn't until 12 hours after") or a negated
 * speed word ("don't happen right away"); null when they hold neither or both ("within 3 hours
 * ..., but only 12 to 24 hours later" tells both moments). Only the time phrases the pipeline
 * found are read, so "later studies" or "quick to note" say nothing, and the few phrases that
 * speak of pace wherever they stand (`phrases`, content/lexicons/findings-pace-phrases.txt:
 * "which takes time").
 */
export function paceOf(
  text: string,
  timescales: readonly Timescale[],
  cues: readonly { pace: Pace; pattern: RegExp }[] = paceCues,
  phrases: readonly { pace: Pace; pattern: RegExp }[] = pacePhrases,
): Pace | null {
  const paces = new Set<Pace>();
  for (const { pace, pattern } of phrases) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) paces.add(pace);
  }
  for (const { timescale, negated } of readTimescales(text, timescales)) {
    if (isEarlyWindow(timescale)) paces.add(negated ? 'delayed' : 'fast');
    for (const { pace, pattern } of cues) {
      pattern.lastIndex = 0;
      if (!pattern.test(timescale.text)) continue;
      paces.add(negated && pace === 'fast' ? 'delayed' : pace);
    }
  }
  return paces.size === 1 ? [...paces][0]! : null;
}

/**
 * Whether a time bounds its moment from the dose to a number of hours: a window that starts at
 * the dose and ends within the `hours` phase (CLAIMS.md section 3: "within 3 hours", "less than
 * six hours", "within one day"). Such a bound says how soon, as "almost immediately" does;
 * "hours later" or "12 to 24 hours after" say how late.
 */
export function isEarlyWindow(timescale: Timescale): boolean {
  return timescale.phase === 'hours' && (timescale.fromHours ?? 0) === 0 && timescale.toHours !== null;
}

/** Whether two paces say the tellings describe different moments: one fast, the other delayed. */
export function pacesConflict(a: Pace | null, b: Pace | null): boolean {
  return a !== null && b !== null && a !== b;
}
