import type { Claim, Timescale } from '../schemas/claim.ts';
import type { TextRange } from '../schemas/finding.ts';
import { relateTimescale } from './compare-timescales.ts';
import { tellingOf } from './telling-of.ts';

/** What the matcher compares: a claim, or one part of a claim that reports two results at two times. */
export interface Statement {
  claim: Claim;
  /** The telling the claim belongs to (src/findings/telling-of.ts). */
  telling: string;
  /** Where the statement stands in `claim.text`. */
  textRange: TextRange;
  text: string;
  timescales: Timescale[];
  topics: string[];
}

/**
 * Where a clause may end: before a contrasting or sequencing conjunction after a comma, or at a
 * semicolon, a spaced dash or a colon. The part before keeps neither the comma nor the space.
 */
const CLAUSE_BREAK = /(?:,\s+(?=(?:but|while|whereas|yet|and then|then)\b)|;\s+|\s+[–—-]\s+|:\s+)/gu;

/**
 * Splits a claim into the statements the matcher compares. A claim is one statement, unless it
 * gives two times that cannot be the same moment ("behavioral improvements within 3
 * hours of treatment, but ... new dendritic spine formation between 12 and 24 hours after"):
 * then it is cut at the last clause break between the two, so each result can be matched with
 * the other tellings of it, and the whole stays a statement too, for a telling that reports
 * the two results together ("effects on behavior ... preceded its effects on spine formation").
 * `tagTopics` gives a part its own topics.
 */
export function splitStatements(claim: Claim, tagTopics: (text: string) => string[]): Statement[] {
  const telling = tellingOf(claim);
  const whole: Statement = { claim, telling, textRange: { start: 0, end: claim.text.length }, text: claim.text, timescales: claim.timescales, topics: claim.topics };
  const located = locateTimescales(claim.text, claim.timescales);
  if (located === null) return [whole];

  const cuts: number[] = [];
  for (let index = 1; index < located.length; index += 1) {
    const before = located[index - 1]!;
    const after = located[index]!;
    if (relateTimescale(before.timescale, after.timescale) !== 'conflict') continue;
    const between = claim.text.slice(before.end, after.start);
    const breaks = [...between.matchAll(CLAUSE_BREAK)];
    const last = breaks.at(-1);
    if (last !== undefined) cuts.push(before.end + last.index);
  }
  if (cuts.length === 0) return [whole];

  const bounds = [0, ...cuts, claim.text.length];
  const parts = bounds.slice(1).map((end, index) => {
    const range = trimRange(claim.text, bounds[index]!, end);
    const text = claim.text.slice(range.start, range.end);
    return {
      claim,
      telling,
      textRange: range,
      text,
      timescales: located.filter((entry) => entry.start >= range.start && entry.end <= range.end).map((entry) => entry.timescale),
      topics: tagTopics(text),
    };
  });
  return [whole, ...parts];
}

/** Finds each timescale's phrase in the claim's text, in order; null if any cannot be found. */
function locateTimescales(text: string, timescales: readonly Timescale[]): { timescale: Timescale; start: number; end: number }[] | null {
  let cursor = 0;
  const located: { timescale: Timescale; start: number; end: number }[] = [];
  for (const timescale of timescales) {
    const pattern = new RegExp(timescale.text.trim().split(/\s+/u).map(escapeRegExp).join('\\s+'), 'gu');
    pattern.lastIndex = cursor;
    const match = pattern.exec(text);
    if (match === null) return null;
    located.push({ timescale, start: match.index, end: match.index + match[0].length });
    cursor = match.index + match[0].length;
  }
  return located;
}

/** A range without the spaces and clause punctuation at its edges. */
function trimRange(text: string, start: number, end: number): TextRange {
  let from = start;
  let to = end;
  while (from < to && /[\s,;:–—-]/u.test(text[from]!)) from += 1;
  while (to > from && /[\s,;:–—-]/u.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
