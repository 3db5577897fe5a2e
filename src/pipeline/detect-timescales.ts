import type { Timescale } from '../schemas/claim.ts';
import type { Candidate, Scan } from './timescale/candidate.ts';
import { parseTimescaleLexicons, type TimescaleLexiconTexts, type TimescaleLexicons } from './timescale/lexicons.ts';
import { occursIn } from './timescale/phrases.ts';
import { readBare, readNumeric } from './timescale/read-units.ts';
import { readVague } from './timescale/read-vague.ts';
import { tokenize, type Token } from './timescale/tokenize.ts';
import { readProjectFile } from './read-project-file.ts';

export { phaseOf } from './timescale/phase.ts';
export { parseTimescaleLexicons, type TimescaleLexiconTexts, type TimescaleLexicons } from './timescale/lexicons.ts';

/*
 * How a sentence becomes timescales (CLAIMS.md section 3; the word lists in
 * content/lexicons/time-*.txt say the same in their headers):
 *
 * - A number of minutes, hours, days or weeks counts wherever it stands, with the qualifiers
 *   around it setting the bounds ("within 3 hours" = 0 to 3 h, "a week or more" = 168 h to
 *   open, "2 to 7 days after" = 48 to 168 h). Plain "12 hours after ketamine treatment" is the
 *   point 12 to 12 h; "It wasn't until 12 hours after" means from 12 h on, so 12 h to open.
 * - Months, years and decades count only when tied to a treatment word ("6 months after the
 *   infusion"); otherwise they are history or calendar ("60 years after they were first
 *   introduced", "in 30 years", "5 years later").
 * - Rates ("24 hours a day", "every 3 hours"), ages ("8 weeks old"), compounds ("24-hour
 *   news", "a 2-week course"), and times tied to the calendar or to now ("20 years ago",
 *   "one day in March", "the past two weeks") are not timescales.
 * - A unit with no number but a qualifier ("in hours", "weeks later", "in the days and weeks
 *   after treatment") has open bounds and the earliest unit's phase: the days-and-weeks
 *   phrase is `days`.
 * - Words that name no number ("rapidly", "in the long run") count only in a sentence that
 *   mentions a treatment or an effect, with open bounds and the phase their list gives.
 * - Phrases never overlap: at each token the longest reading wins, and a vague word that
 *   the text at once spells out in numbers ("rapidly (within one day)") gives way to them.
 */

/** Reads the timescale word lists from content/lexicons/time-*.txt. */
function readLexiconTexts(): TimescaleLexiconTexts {
  const read = (name: string): string => readProjectFile(`content/lexicons/time-${name}.txt`);
  return {
    units: read('units'),
    numbers: read('numbers'),
    qualifiers: read('qualifiers'),
    vague: read('vague'),
    calendar: read('calendar'),
    anchors: read('anchors'),
    blockers: read('blockers'),
  };
}

const readers = [readNumeric, readBare, readVague] as const;

/** Builds a timescale detector over the given word lists (for tests that try edited lists). */
export function createTimescaleDetector(lexicons: TimescaleLexicons): (text: string) => Timescale[] {
  return (text) => {
    const tokens = tokenize(text);
    const aboutTreatment = occursIn(lexicons.treatmentWords, tokens) || occursIn(lexicons.effectWords, tokens);
    const found: Candidate[] = [];
    let floor = 0;
    let index = 0;
    while (index < tokens.length) {
      const scan: Scan = { tokens, lexicons, floor, aboutTreatment };
      let best: Candidate | null = null;
      for (const read of readers) {
        const candidate = read(scan, index);
        if (candidate !== null && (best === null || candidate.end > best.end)) best = candidate;
      }
      if (best === null) {
        index += 1;
        continue;
      }
      found.push(best);
      index = best.end;
      floor = best.end;
    }
    return withoutRestatedVagueWords(found, tokens).flatMap((candidate) => {
      const first = tokens[candidate.start];
      const last = tokens[candidate.end - 1];
      if (candidate.reading === null || first === undefined || last === undefined) return [];
      return [{ text: text.slice(first.start, last.end), span: { start: first.start, end: last.end }, ...candidate.reading }];
    });
  };
}

/** Drops a vague word directly followed, past nothing but punctuation, by a numeric phrase: "rapidly (within one day)". */
function withoutRestatedVagueWords(found: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  return found.filter((candidate, position) => {
    if (candidate.kind !== 'vague' || candidate.reading === null) return true;
    const next = found[position + 1];
    if (next === undefined || next.reading === null || next.kind === 'vague') return true;
    return !tokens.slice(candidate.end, next.start).every((token) => token.kind === 'mark');
  });
}

/**
 * Every time-after-dose phrase in one sentence, in text order, each with its text, its
 * UTF-16 span in `text`, its bounds in hours (null when open) and its phase.
 */
export function detectTimescales(text: string): Timescale[] {
  return detectWithProjectLexicons(text);
}

const detectWithProjectLexicons = createTimescaleDetector(parseTimescaleLexicons(readLexiconTexts()));
