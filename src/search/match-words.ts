import type { Range } from './text-ranges.ts';
import { wordsOf, type WordAt } from './word-forms.ts';

export type { Range } from './text-ranges.ts';

/**
 * Our own word matcher. Fuse finds and ranks candidates; this pass decides which words of a
 * record a query term really matched, so every result can show why it was found, and a
 * term fuse let through on a loose fuzzy score ("mice" for "nice") is held to a clear rule.
 */

/** Edits a term of this length may be away from a word and still match it. */
export function allowedEdits(termLength: number): number {
  if (termLength <= 5) return 0;
  if (termLength <= 8) return 1;
  return 2;
}

/**
 * Whether a folded query term matches a folded word: the same word, the start of it
 * ("ketamin" in "ketamine"), or a typo away from the word or from its start
 * ("dendritc" for "dendritic", "hipocampus" for "hippocampus"). Short words must be exact:
 * at five letters one edit already turns "spine" into "swine".
 */
export function termMatchesWord(term: string, word: string): boolean {
  return matchErrors(term, word) !== null;
}

/**
 * How many typing errors separate a term from a word it matches (0 for the word itself or
 * its start), or null when it does not match (the rule of `termMatchesWord`). The sharded
 * search ranks with this as fuse would with its own error count.
 */
export function matchErrors(term: string, word: string): number | null {
  if (term === word) return 0;
  if (term.length >= 3 && word.startsWith(term)) return 0;
  const edits = allowedEdits(term.length);
  // Typos rarely hit the first letter, and allowing it matches "mouse" to "house".
  if (edits === 0 || term[0] !== word[0]) return null;
  let fewest = edits + 1;
  if (Math.abs(term.length - word.length) <= edits) fewest = editDistance(term, word, edits);
  // A typo in the first part of a longer word ("prefontal" for "prefrontal" in "prefrontally").
  for (let length = term.length - 1; length <= term.length + 1 && fewest > 0; length += 1) {
    if (length < 3 || length >= word.length) continue;
    fewest = Math.min(fewest, editDistance(term, word.slice(0, length), edits));
  }
  return fewest <= edits ? fewest : null;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up
 * early once every path exceeds `limit`; returns `limit + 1` then.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previousPrevious[j - 2]! + 1);
      }
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The words of `words` that `term` matches. */
export function matchingWords(term: string, words: readonly WordAt[]): WordAt[] {
  return words.filter((word) => termMatchesWord(term, word.folded));
}

/** Whether every term matches some word of at least one of the texts. */
export function everyTermMatches(terms: readonly string[], texts: readonly string[]): boolean {
  const words = texts.map(wordsOf);
  return terms.every((term) => words.some((list) => list.some((word) => termMatchesWord(term, word.folded))));
}

/** The ranges of `text` that any of the terms match, sorted and merged where they touch. */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const words = wordsOf(text);
  const ranges = words
    .filter((word) => terms.some((term) => termMatchesWord(term, word.folded)))
    .map((word) => ({ start: word.start, end: word.end }));
  // Join neighbours separated only by spaces, so a phrase reads as one mark.
  const joined: Range[] = [];
  for (const range of ranges) {
    const last = joined.at(-1);
    if (last !== undefined && /^\s*$/u.test(text.slice(last.end, range.start))) last.end = range.end;
    else joined.push(range);
  }
  return joined;
}
