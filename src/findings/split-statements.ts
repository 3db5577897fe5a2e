import type { Claim, Timescale } from '../schemas/claim.ts';
import type { TextRange } from '../schemas/finding.ts';
import { affirmedTimescales } from './affirmed-timescales.ts';
import { causeOf, type Cause } from './cause-of.ts';
import { contentWords } from './content-words.ts';
import { paceOf, type Pace } from './pace-of.ts';
import { tellingOf, voiceOf } from './telling-of.ts';

/** What the matcher compares: a claim, or one part of a claim that reports two results at two times. */
export interface Statement {
  claim: Claim;
  /** The telling the claim belongs to (src/findings/telling-of.ts). */
  telling: string;
  /** Who tells it, finer than the telling: a group needs two (src/findings/telling-of.ts). */
  voice: string;
  /** Where the statement stands in `claim.text`. */
  textRange: TextRange;
  text: string;
  timescales: Timescale[];
  /** Whether its times stress speed or delay (src/findings/pace-of.ts). */
  pace: Pace | null;
  /** The cause of a change its words name (src/findings/cause-of.ts); a part that names none takes its sentence's. */
  namedCause: Cause | null;
  topics: string[];
}

/**
 * Where a sentence that reports two things may be cut: at a semicolon, a colon or a spaced
 * dash; at a comma before a conjunction or a participle that starts a second report ("..., but
 * they only experienced", "..., suggesting that", "..., with antidepressant effects lasting");
 * and at "and"/"or" before a second gerund, a preposition, a question word or a determiner
 * ("rescuing eliminated spines and restoring coordinated activity", "and with ketamine's
 * effects", "or how to maintain", "and a loss of"). The part before keeps neither the
 * punctuation nor the space.
 */
const CLAUSE_BREAK =
  /(?:;\s+|:\s+|\s+[–—-]\s+|,\s+(?=(?:and|but|while|whereas|yet|so|or|therefore|thereby|then|suggesting|indicating|showing|providing|causing|which|with)\b)|\s+(?=(?:and|or)\s+(?:with|without|how|what|why|when|whether|a|an|the|\p{L}{3,}ing)\b))/giu;

/**
 * A sentence that opens with a subordinate clause ("Although it is now well documented that
 * ketamine can rapidly relieve ..., no one is sure how"; "Furthermore, although ..., its
 * effects do tend to wear off") reports two things: the clause ends at its first comma.
 */
const LEADING_CLAUSE = /^(?:\p{L}+,\s+)?(?:although|though|even though|while|whereas|because|since|despite|if|once)\b[^,]*(,\s+)/iu;

/** A part must hold at least this many distinct content words to be matched on its own. */
const PART_MINIMUM_WORDS = 3;

/**
 * Splits a claim into the statements the matcher compares: the whole claim, and, when it
 * reports two or more things, each of its parts. A claim bundles two results when a clause
 * break (CLAUSE_BREAK) stands between two statements that each hold enough content words
 * ("stress ... was associated with ... elimination of ... spines and a loss of correlated
 * ... activity"; "behavioral improvements within 3 hours of treatment, but ... new dendritic
 * spine formation between 12 and 24 hours after"). Each part can then be matched with the
 * tellings of its own result, and the whole stays a statement too, for a telling that reports
 * the results together. A part keeps the times that stand in it, and its own topics
 * (`tagTopics`). A claim with one part worth matching stays whole.
 */
export function splitStatements(claim: Claim, tagTopics: (text: string) => string[]): Statement[] {
  const telling = tellingOf(claim);
  const voice = voiceOf(claim);
  const whole: Statement = { claim, telling, voice, textRange: { start: 0, end: claim.text.length }, text: claim.text, timescales: affirmedTimescales(claim.text, claim.timescales), pace: paceOf(claim.text, claim.timescales), namedCause: causeOf(claim.text), topics: claim.topics };

  const opening = LEADING_CLAUSE.exec(claim.text);
  const cuts = [
    ...(opening === null ? [] : [{ start: opening.index + opening[0].length - opening[1]!.length, end: opening.index + opening[0].length }]),
    ...[...claim.text.matchAll(CLAUSE_BREAK)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
  ].sort((a, b) => a.start - b.start);
  const bounds = [{ start: 0, end: 0 }, ...cuts, { start: claim.text.length, end: claim.text.length }];
  const ranges = bounds
    .slice(1)
    .map((cut, index) => trimRange(claim.text, bounds[index]!.end, cut.start))
    .filter((range) => new Set(contentWords(claim.text.slice(range.start, range.end)).map((word) => word.key)).size >= PART_MINIMUM_WORDS);
  if (ranges.length < 2) return [whole];

  // A part that names no cause reports the change its sentence's cause made ("Ketamine reversed
  // these effects by rescuing spines | and restoring coordinated activity"); a whole whose parts
  // name two causes reports two changes, so it names none of its own.
  const partCauses = ranges.map((range) => causeOf(claim.text.slice(range.start, range.end)));
  const named = new Set(partCauses.filter((cause) => cause !== null));
  const wholeCause = named.size > 1 ? null : whole.namedCause;

  const located = locateTimescales(claim.text, claim.timescales);
  const parts = ranges.map((range, index) => {
    const text = claim.text.slice(range.start, range.end);
    const timescales = located === null ? claim.timescales : located.filter((entry) => entry.start >= range.start && entry.end <= range.end).map((entry) => entry.timescale);
    return {
      claim,
      telling,
      voice,
      textRange: range,
      text,
      timescales: affirmedTimescales(text, timescales),
      pace: paceOf(text, timescales),
      namedCause: partCauses[index] ?? wholeCause,
      topics: tagTopics(text),
    };
  });
  return [{ ...whole, namedCause: wholeCause }, ...parts];
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
