import type { Timescale } from '../schemas/claim.ts';
import { paceCues } from './findings-lexicons.ts';

/** Whether a telling stresses that something happened quickly or only after a delay. */
export type Pace = 'fast' | 'delayed';

/** A negation just before a time phrase ("don't happen right away", "not quickly"). */
const NEGATED = /(?:\bnot|n['’]t|\bnever|\bno)\s+(?:\p{L}+\s+)?$/iu;

/**
 * The pace a text's times stress (content/lexicons/findings-pace.txt): `fast` when its time
 * phrases hold only speed words ("almost immediately", "quickly"), `delayed` when they hold
 * only delay words ("hours later", "wasn't until 12 hours after") or a negated speed word
 * ("don't happen right away"); null when they hold neither or both ("within 3 hours ..., but
 * only 12 to 24 hours later" tells both moments). Only the time phrases the pipeline found are
 * read, so "later studies" or "quick to note" say nothing.
 */
export function paceOf(text: string, timescales: readonly Timescale[], cues: readonly { pace: Pace; pattern: RegExp }[] = paceCues): Pace | null {
  const paces = new Set<Pace>();
  let cursor = 0;
  for (const timescale of timescales) {
    const found = text.indexOf(timescale.text, cursor);
    const start = found === -1 ? text.indexOf(timescale.text) : found;
    if (start !== -1) cursor = start + timescale.text.length;
    const negated = start !== -1 && NEGATED.test(text.slice(Math.max(0, start - 24), start));
    for (const { pace, pattern } of cues) {
      pattern.lastIndex = 0;
      if (!pattern.test(timescale.text)) continue;
      paces.add(negated && pace === 'fast' ? 'delayed' : pace);
    }
  }
  return paces.size === 1 ? [...paces][0]! : null;
}

/** Whether two paces say the tellings describe different moments: one fast, the other delayed. */
export function pacesConflict(a: Pace | null, b: Pace | null): boolean {
  return a !== null && b !== null && a !== b;
}
