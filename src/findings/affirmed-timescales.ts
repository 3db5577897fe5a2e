import type { Timescale } from '../schemas/claim.ts';
import { paceCues } from './findings-lexicons.ts';
import type { Pace } from './pace-of.ts';

/** A negation just before a time phrase ("don't happen right away", "not quickly"). */
const NEGATED = /(?:\bnot|n['’]t|\bnever|\bno)\s+(?:\p{L}+\s+)?$/iu;

/** A time phrase of a text, and whether the text denies it ("don't happen right away"). */
export interface ReadTimescale {
  timescale: Timescale;
  negated: boolean;
}

/** Each of a text's times, found in order, with whether a negation stands just before it. */
export function readTimescales(text: string, timescales: readonly Timescale[]): ReadTimescale[] {
  let cursor = 0;
  return timescales.map((timescale) => {
    const found = text.indexOf(timescale.text, cursor);
    const start = found === -1 ? text.indexOf(timescale.text) : found;
    if (start !== -1) cursor = start + timescale.text.length;
    return { timescale, negated: start !== -1 && NEGATED.test(text.slice(Math.max(0, start - 24), start)) };
  });
}

/**
 * The times a text places its finding at: every time it names but a speed word it denies.
 * "The effects don't happen right away" says the effects come later, not within hours, so
 * "right away" is no time of the finding and cannot conflict with "the longer-term effects"
 * (its delay is kept as a pace: src/findings/pace-of.ts).
 */
export function affirmedTimescales(text: string, timescales: readonly Timescale[], cues: readonly { pace: Pace; pattern: RegExp }[] = paceCues): Timescale[] {
  const speaksOfSpeed = (timescale: Timescale) =>
    cues.some(({ pace, pattern }) => {
      pattern.lastIndex = 0;
      return pace === 'fast' && pattern.test(timescale.text);
    });
  return readTimescales(text, timescales)
    .filter(({ timescale, negated }) => !(negated && speaksOfSpeed(timescale)))
    .map(({ timescale }) => timescale);
}
