import { contentWordLexicon, type ContentWordLexicon } from './findings-lexicons.ts';
import { foldWord } from './content-words.ts';
import { stemWord } from './stem-word.ts';

/** A number a text states, and what it counts ("3 hours" -> 3 of "hour"). */
export interface StatedNumber {
  value: number;
  /** The stem of the word it counts: "hour", "day", "man". */
  unit: string;
  /** The words as written, for the flag's sentence ("3 hours", "six hours"). */
  text: string;
}

/** Words, numbers written in digits included ("24", "1.5"), and hyphenated number words ("twenty-four"). */
const TOKEN = /\d+(?:[.,]\d+)?|[\p{L}]+(?:[-'’][\p{L}]+)*/gu;

/** Words that join two numbers counting one unit: "12 and 24 hours", "2 to 7 days", "24-48 hrs". */
const JOINERS = new Set(['to', 'and', 'or']);

/**
 * The exact numbers a text states and the unit each counts: the next word after it (past a
 * second number joined by "to", "and" or "or") that is not a stop word. Years ("in 2019") and
 * numbers that count nothing ("one that acts quickly") are left out, and so are vague counts
 * ("a few", "several"), which content/lexicons/findings-number-words.txt does not list.
 */
export function readNumbers(text: string, lexicon: ContentWordLexicon = contentWordLexicon): StatedNumber[] {
  const tokens = [...text.matchAll(TOKEN)].map((match) => ({ raw: match[0], start: match.index, end: match.index + match[0].length }));
  const valueOf = (raw: string): number | null => {
    if (/^\d/u.test(raw)) return Number(raw.replace(',', ''));
    return lexicon.numberWords.get(foldWord(raw)) ?? null;
  };
  const found: StatedNumber[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const value = valueOf(tokens[index]!.raw);
    if (value === null || (value >= 1900 && value <= 2100 && Number.isInteger(value))) continue;
    let next = index + 1;
    while (next < tokens.length && (JOINERS.has(foldWord(tokens[next]!.raw)) || valueOf(tokens[next]!.raw) !== null)) next += 1;
    const unitToken = tokens[next];
    if (unitToken === undefined) continue;
    const unitWord = foldWord(unitToken.raw);
    if (lexicon.stopWords.has(unitWord) && !isTimeUnit(unitWord)) continue;
    found.push({ value, unit: stemWord(unitWord, lexicon.stemmer), text: text.slice(tokens[index]!.start, unitToken.end) });
  }
  return found;
}

/** Time units are stop words for matching (the timescales carry them) but are what most numbers count. */
function isTimeUnit(word: string): boolean {
  return /^(?:minutes?|hours?|hrs?|days?|weeks?|months?|years?)$/u.test(word);
}
