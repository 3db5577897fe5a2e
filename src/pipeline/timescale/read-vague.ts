import { isGluedHyphen, type Candidate, type Scan } from './candidate.ts';
import { matchEndingAt, matchLongest } from './phrases.ts';

/**
 * Reads a time word that names no number at token `start` ("almost immediately",
 * "rapidly", "in the long run", "sustained"). It counts only in a sentence about a
 * treatment or its effect, not after "more" or "less" ("more quickly than the control
 * mice"), and not as part of a hyphenated compound the word list does not name.
 */
export function readVague(scan: Scan, start: number): Candidate | null {
  const { tokens, lexicons } = scan;
  const found = matchLongest(lexicons.vague, tokens, start);
  if (found === null) return null;
  const first = tokens[start];
  if (first !== undefined && !first.spaced && isGluedHyphen(tokens, start - 1)) return null;
  if (isGluedHyphen(tokens, found.end) && tokens[found.end + 1]?.spaced === false) return null;
  if (!scan.aboutTreatment) return null;
  if (matchEndingAt(lexicons.comparativeBefore, tokens, start) !== null) {
    return { start, end: found.end, kind: 'vague', reading: null };
  }
  return { start, end: found.end, kind: 'vague', reading: { fromHours: null, toHours: null, phase: found.value } };
}
