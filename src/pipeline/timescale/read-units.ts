import {
  ageOrRateEnd,
  isAnchored,
  isCalendarBound,
  isExactly,
  isGluedHyphen,
  type Candidate,
  type Reading,
  type Scan,
} from './candidate.ts';
import type { Bound, TimeUnit } from './lexicons.ts';
import { earliestPhase, phaseOf } from './phase.ts';
import { matchEndingAt, matchLongest } from './phrases.ts';
import type { Token } from './tokenize.ts';

/** Qualifiers before a number or unit ("wasn't until over", "in the"), and the bound they set. */
interface Prefixes {
  readonly start: number;
  readonly end: number;
  readonly count: number;
  readonly bound: Bound;
}

/** Qualifiers after the unit ("or more", "after"), and what they do to the bounds. */
interface Suffixes {
  readonly end: number;
  readonly count: number;
  readonly openUpper: boolean;
  readonly fromZero: boolean;
}

interface Quantity {
  readonly value: number;
  readonly end: number;
  /** Written in digits: abbreviations ("3 d") and "1 second" need digits. */
  readonly digits: boolean;
}

interface Term {
  readonly quantity: Quantity;
  readonly unit: TimeUnit;
}

const MAX_QUALIFIERS = 3;
/** The most numbers or units one list may join ("1 to 2 days or weeks" joins three); the cap keeps long texts linear. */
const MAX_TERMS = 6;

function isNegation(scan: Scan, index: number): boolean {
  const token = scan.tokens[index];
  if (token === undefined) return false;
  return token.folded.endsWith("n't") || isExactly(scan.lexicons.negations, scan.tokens, index, index + 1);
}

function readPrefixes(scan: Scan, start: number): Prefixes {
  const { tokens, lexicons } = scan;
  const bounds: (Bound | 'until')[] = [];
  let end = start;
  for (let count = 0; count < MAX_QUALIFIERS; count += 1) {
    const qualifier = matchLongest(lexicons.before, tokens, end);
    if (qualifier === null) break;
    bounds.push(qualifier.value);
    end = qualifier.end;
  }
  if (bounds.length > 0) {
    for (let count = 0; count < MAX_QUALIFIERS; count += 1) {
      const filler = matchLongest(lexicons.fillers, tokens, end);
      if (filler === null) break;
      end = filler.end;
    }
  }
  // "It wasn't until 12 hours after": a negated "until" means from then on, and the
  // negation belongs to the phrase.
  let phraseStart = start;
  let negated = false;
  if (bounds[0] === 'until') {
    for (let index = start - 1; index >= Math.max(scan.floor, start - 3); index -= 1) {
      if (isNegation(scan, index)) {
        phraseStart = index;
        negated = true;
        break;
      }
    }
  }
  // The qualifier nearest the number that is not as-written decides.
  let bound: Bound = 'as-written';
  for (const qualifier of [...bounds].reverse()) {
    if (qualifier === 'as-written') continue;
    bound = qualifier === 'until' ? (negated ? 'at-least' : 'up-to') : qualifier;
    break;
  }
  return { start: phraseStart, end, count: bounds.length, bound };
}

function readSuffixes(scan: Scan, start: number): Suffixes {
  let end = start;
  let count = 0;
  let openUpper = false;
  let fromZero = false;
  for (; count < MAX_QUALIFIERS - 1; count += 1) {
    const qualifier = matchLongest(scan.lexicons.after, scan.tokens, end);
    if (qualifier === null) break;
    if (qualifier.value === 'at-least') openUpper = true;
    if (qualifier.value === 'up-to') fromZero = true;
    end = qualifier.end;
  }
  return { end, count, openUpper, fromZero };
}

function isOnesWord(token: Token | undefined, value: number): boolean {
  // "twenty-four", "forty eight": the ones are a spelled-out 1 to 9 ("one" to "nine", all
  // three letters or more), never the article "a" or "an".
  return token !== undefined && token.kind === 'word' && token.text.length >= 3 && Number.isInteger(value) && value >= 1 && value <= 9;
}

function readQuantity(scan: Scan, start: number): Quantity | null {
  const { tokens, lexicons } = scan;
  const token = tokens[start];
  if (token === undefined) return null;
  if (token.kind === 'number') {
    // "Q1", "8:30", "v2.0": digits glued to what stands before them are not a count.
    const before = tokens[start - 1];
    if (before !== undefined && !token.spaced && (before.kind !== 'mark' || /[:.,/]/u.test(before.text))) return null;
    const value = Number(token.text.replace(/,/g, ''));
    return Number.isFinite(value) ? { value, end: start + 1, digits: true } : null;
  }
  const word = matchLongest(lexicons.numbers, tokens, start);
  if (word === null) return null;
  let { value, end } = word;
  if (end === start + 1 && value >= 20 && value < 100 && value % 10 === 0) {
    const onesStart = isGluedHyphen(tokens, end) ? end + 1 : end;
    const ones = matchLongest(lexicons.numbers, tokens, onesStart);
    if (ones !== null && ones.end === onesStart + 1 && isOnesWord(tokens[onesStart], ones.value)) {
      value += ones.value;
      end = ones.end;
    }
  }
  return { value, end, digits: false };
}

/** A number-unit compound ("24-hour"): the number, a hyphen with no spaces, then the unit. */
function compoundUnitStart(tokens: readonly Token[], quantityEnd: number): number | null {
  const next = tokens[quantityEnd + 1];
  return isGluedHyphen(tokens, quantityEnd) && next !== undefined && !next.spaced ? quantityEnd + 1 : null;
}

interface Terms {
  readonly terms: readonly Term[];
  readonly start: number;
  readonly end: number;
  readonly compound: boolean;
  readonly openUpper: boolean;
}

/**
 * Numbers and units joined by separators: "3 hours", "2 to 7 days", "24-48 hrs", "between
 * 12 and 24 hours", "24 hours or 7 days", "a few days or weeks". A number without a unit
 * takes the next unit; a unit without a number takes the number before it. Null when the
 * tokens are not a number of units, or an abbreviation follows a spelled-out number.
 */
function readTerms(scan: Scan, start: number): Terms | null {
  const { tokens, lexicons } = scan;
  const parts: { quantity: Quantity | null; unit: TimeUnit | null }[] = [];
  let position = start;
  let kept = 0;
  let end = start;
  let compound = false;
  let openUpper = false;
  while (parts.length < MAX_TERMS) {
    const quantity = readQuantity(scan, position);
    let unitStart = quantity === null ? position : quantity.end;
    let plus = false;
    if (quantity !== null && tokens[unitStart]?.text === '+' && tokens[unitStart]?.spaced === false) {
      plus = true;
      unitStart += 1;
    }
    const compoundStart = quantity === null ? null : compoundUnitStart(tokens, unitStart);
    const compoundUnit = compoundStart === null ? null : matchLongest(lexicons.units, tokens, compoundStart);
    const unit = compoundUnit ?? matchLongest(lexicons.units, tokens, unitStart);
    if (quantity === null && (unit === null || (parts.at(-1)?.unit ?? null) === null)) break;
    parts.push({ quantity, unit: unit?.value ?? null });
    if (unit === null) {
      position = quantity?.end ?? position;
    } else {
      position = unit.end;
      kept = parts.length;
      end = unit.end;
      compound ||= compoundUnit !== null;
      openUpper ||= plus;
      if (matchLongest(lexicons.after, tokens, position) !== null) break;
    }
    const separator = matchLongest(lexicons.separators, tokens, position);
    if (separator === null) break;
    position = separator.end;
  }
  if (kept === 0) return null;
  const used = parts.slice(0, kept);
  const units: (TimeUnit | null)[] = used.map((part) => part.unit);
  for (let index = units.length - 2; index >= 0; index -= 1) units[index] ??= units[index + 1] ?? null;
  const terms: Term[] = [];
  let previous: Quantity | null = null;
  for (const [index, part] of used.entries()) {
    const quantity: Quantity | null = part.quantity ?? previous;
    const unit = units[index] ?? null;
    if (quantity === null || unit === null) return null;
    if (unit.digitsOnly && !quantity.digits) return null;
    terms.push({ quantity, unit });
    previous = quantity;
  }
  return { terms, start, end, compound, openUpper };
}

function blocked(start: number, end: number, kind: Candidate['kind']): Candidate {
  return { start, end, kind, reading: null };
}

/**
 * Reads a number of time units with its qualifiers starting at token `start`: "within 3
 * hours", "It wasn't until 12 hours after", "2 to 7 days after", "a week or more".
 */
export function readNumeric(scan: Scan, start: number): Candidate | null {
  const { tokens, lexicons } = scan;
  const prefixes = readPrefixes(scan, start);
  const read = readTerms(scan, prefixes.end);
  if (read === null) return null;
  let end = read.end;
  if (read.compound) {
    // "24-hour news", "a two-week course", "8-week-old mice" are adjectives; only a time
    // point ("the 24-hour time point", "a 2-week follow-up") is a time after a dose.
    const point = matchLongest(lexicons.points, tokens, end);
    if (point === null) return blocked(prefixes.start, end, 'numeric');
    end = point.end;
  } else if (isGluedHyphen(tokens, end) && tokens[end + 1]?.spaced === false) {
    // "a day-long session", "24 h-old": the unit starts a compound word.
    return blocked(prefixes.start, end + 2, 'numeric');
  }
  const suffixes = readSuffixes(scan, end);
  const phraseEnd = suffixes.end;

  const ageOrRate = ageOrRateEnd(scan, read.end);
  if (ageOrRate !== null) return blocked(prefixes.start, Math.max(ageOrRate, phraseEnd), 'numeric');
  if (
    matchEndingAt(lexicons.frequencyBefore, tokens, prefixes.start) !== null ||
    matchEndingAt(lexicons.ageBefore, tokens, prefixes.start) !== null ||
    matchEndingAt(lexicons.ageBefore, tokens, read.start) !== null ||
    isCalendarBound(scan, read.start, phraseEnd) ||
    isExactly(lexicons.idioms, tokens, prefixes.start, phraseEnd) ||
    (read.terms.every((term) => term.unit.anchored) && !read.compound && !isAnchored(scan, phraseEnd))
  ) {
    return blocked(prefixes.start, phraseEnd, 'numeric');
  }

  const hours = read.terms.map((term) => (term.quantity.value * term.unit.numerator) / term.unit.denominator);
  if (!hours.every(Number.isFinite)) return null;
  const lowest = Math.min(...hours);
  const highest = Math.max(...hours);
  const fromHours = prefixes.bound === 'up-to' || suffixes.fromZero ? 0 : lowest;
  const toHours = prefixes.bound === 'at-least' || suffixes.openUpper || read.openUpper ? null : highest;
  const phase = phaseOf(fromHours, toHours) ?? earliestPhase(read.terms.map((term) => term.unit.barePhase)) ?? 'hours';
  const reading: Reading = { fromHours, toHours, phase };
  return { start: prefixes.start, end: phraseEnd, kind: 'numeric', reading };
}

/**
 * Reads a unit that stands with no number but with a qualifier: "in hours", "within days",
 * "hours later", "in the days and weeks after". Bounds are open; the phase is the earliest
 * unit's.
 */
export function readBare(scan: Scan, start: number): Candidate | null {
  const { tokens, lexicons } = scan;
  const prefixes = readPrefixes(scan, start);
  const unitsStart = prefixes.end;
  // "a few days" and "3 days" are numbers of units, read by readNumeric.
  if (readQuantityEndingAt(scan, unitsStart)) return null;
  const units: TimeUnit[] = [];
  let position = unitsStart;
  let end = unitsStart;
  while (units.length < MAX_TERMS) {
    const unit = matchLongest(lexicons.units, tokens, position);
    if (unit === null || !unit.value.plural) break;
    units.push(unit.value);
    end = unit.end;
    if (matchLongest(lexicons.after, tokens, end) !== null) break;
    const separator = matchLongest(lexicons.separators, tokens, end);
    if (separator === null) break;
    position = separator.end;
  }
  const phase = earliestPhase(units.map((unit) => unit.barePhase));
  if (phase === null) return null;
  const suffixes = readSuffixes(scan, end);
  if (prefixes.count === 0 && suffixes.count === 0) return null;
  const phraseEnd = suffixes.end;
  if (isGluedHyphen(tokens, end) && tokens[end + 1]?.spaced === false) return blocked(prefixes.start, end + 2, 'bare');
  const ageOrRate = ageOrRateEnd(scan, end);
  if (ageOrRate !== null) return blocked(prefixes.start, Math.max(ageOrRate, phraseEnd), 'bare');
  if (
    isCalendarBound(scan, unitsStart, phraseEnd) ||
    isExactly(lexicons.idioms, tokens, prefixes.start, phraseEnd) ||
    (units.every((unit) => unit.anchored) && !isAnchored(scan, phraseEnd))
  ) {
    return blocked(prefixes.start, phraseEnd, 'bare');
  }
  return { start: prefixes.start, end: phraseEnd, kind: 'bare', reading: { fromHours: null, toHours: null, phase } };
}

function readQuantityEndingAt(scan: Scan, end: number): boolean {
  const before = scan.tokens[end - 1];
  return before?.kind === 'number' || matchEndingAt(scan.lexicons.numbers, scan.tokens, end) !== null;
}
