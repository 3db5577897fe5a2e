import type { Phase } from '../../schemas/vocabulary.ts';
import type { TimescaleLexicons } from './lexicons.ts';
import { matchEndingAt, matchLongest, type PhraseTable } from './phrases.ts';
import type { Token } from './tokenize.ts';

/** What a time phrase says: its bounds in hours (null when open) and its phase. */
export interface Reading {
  readonly fromHours: number | null;
  readonly toHours: number | null;
  readonly phase: Phase;
}

/**
 * A phrase one of the readers recognised at a token range [start, end). A null reading means
 * the phrase was recognised but is not a time after a dose ("60 years after", "24 hours a
 * day"): its tokens are used up, so no shorter phrase inside it is read instead.
 */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly kind: 'numeric' | 'bare' | 'vague';
  readonly reading: Reading | null;
}

/** What every reader sees: the sentence's tokens, the word lists, and facts about the sentence. */
export interface Scan {
  readonly tokens: readonly Token[];
  readonly lexicons: TimescaleLexicons;
  /** The first token not yet used by an earlier phrase; a phrase may not start before it. */
  readonly floor: number;
  /** Whether the sentence mentions a treatment or an effect of one (time-anchors.txt). */
  readonly aboutTreatment: boolean;
}

/** Whether a table's phrase covers exactly the tokens [start, end). */
export function isExactly<Value>(table: PhraseTable<Value>, tokens: readonly Token[], start: number, end: number): boolean {
  return matchEndingAt(table, tokens, end)?.start === start;
}

/** Whether the token at `index` is a hyphen written with no space before it ("24-hour", "day-long"). */
export function isGluedHyphen(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && token.text === '-' && !token.spaced;
}

/**
 * Whether a phrase ending at token `end` is tied to a treatment: a link word ends the phrase
 * or follows it ("after", "of"), and a treatment word stands within the six tokens after the
 * link ("6 months after the infusion", not "60 years after they were first introduced").
 */
export function isAnchored(scan: Scan, end: number): boolean {
  const { tokens, lexicons } = scan;
  const lastToken = end - 1;
  let windowStart: number;
  if (lastToken >= 0 && isExactly(lexicons.links, tokens, lastToken, end)) windowStart = end;
  else {
    const link = matchLongest(lexicons.links, tokens, end);
    if (link === null) return false;
    windowStart = link.end;
  }
  for (let index = windowStart; index < Math.min(tokens.length, windowStart + 6); index += 1) {
    if (matchLongest(lexicons.treatmentWords, tokens, index) !== null) return true;
  }
  return false;
}

/**
 * Whether a calendar word ties the phrase [start, end) to a date or to now: "the past two
 * weeks" (before), "20 years ago" (after), "one day in March" (a name after, maybe past
 * "in", "of" or "on").
 */
export function isCalendarBound(scan: Scan, coreStart: number, end: number): boolean {
  const { tokens, lexicons } = scan;
  if (matchEndingAt(lexicons.calendarBefore, tokens, coreStart) !== null) return true;
  if (matchLongest(lexicons.calendarAfter, tokens, end) !== null) return true;
  if (matchLongest(lexicons.calendarNames, tokens, end) !== null) return true;
  const next = tokens[end]?.folded;
  return (next === 'in' || next === 'of' || next === 'on') && matchLongest(lexicons.calendarNames, tokens, end + 1) !== null;
}

/**
 * Where an age or rate that follows the unit ending at `unitEnd` ends, or null if none does:
 * "8 weeks old", "8 weeks of age", "24 hours a day", "2 h/day". The caller uses up the
 * whole of it, so "a day" is not read again on its own.
 */
export function ageOrRateEnd(scan: Scan, unitEnd: number): number | null {
  const { tokens, lexicons } = scan;
  const afterHyphen = isGluedHyphen(tokens, unitEnd) ? unitEnd + 1 : unitEnd;
  const age = matchLongest(lexicons.ageAfter, tokens, afterHyphen);
  if (age !== null) return age.end;
  const rate = matchLongest(lexicons.frequencyAfter, tokens, unitEnd);
  const per = rate === null ? null : matchLongest(lexicons.units, tokens, rate.end);
  return per === null ? null : per.end;
}
