import { foldWord, wordPattern } from './word-forms.ts';

/**
 * A search needs every word typed, so a question asked as a reader would ask it ("how fast
 * does ketamine work") can find almost nothing because of one word the sources do not use
 * ("fast": they say "rapidly", "within hours"). When few claims match, the search names the
 * word that stands in the way and what leaving it out would find, as a link the reader may
 * follow; it never drops a word on its own, so results always contain every word typed.
 */

/** Fewer matches than a page of results: the search looks for a broader query. */
export const broaderBelow = 10;

/** A word to leave out and what a search without it finds. */
export interface BroaderQuery {
  /** The term left out, folded as the search compares it. */
  without: string;
  /** How many claims match every other term (within the same filters). */
  total: number;
}

/**
 * The term whose omission finds the most claims, given how many each omission would find (by
 * term, in the order typed) and how many match every term; null when the query has one term,
 * when enough claims match already, when the counts were not worked out (one a term), or when
 * no omission finds more. Ties go to the word typed
 * last, the one most often added as an afterthought.
 */
export function broaderQuery(terms: readonly string[], countsWithout: readonly number[], total: number): BroaderQuery | null {
  if (terms.length < 2 || total >= broaderBelow || countsWithout.length !== terms.length) return null;
  let best = -1;
  for (let term = 0; term < terms.length; term += 1) if (best < 0 || countsWithout[term]! >= countsWithout[best]!) best = term;
  const found = countsWithout[best] ?? 0;
  return found > total ? { without: terms[best]!, total: found } : null;
}

/**
 * The text a reader typed with a term's words taken out ("how fast does ketamine work"
 * without "fast": "how does ketamine work"), so the broader search keeps the reader's own
 * phrasing. Words are compared folded, as the search compares them ("Mice" is "mouse").
 */
export function textWithout(text: string, term: string): string {
  return text
    .replace(wordPattern, (word) => (foldWord(word) === term ? '' : word))
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:!?])/gu, '$1')
    .trim();
}

/** The first word of the text that folds to the term, as the reader typed it ("Mice" for "mouse"); the term itself if none does. */
export function typedForm(text: string, term: string): string {
  for (const match of text.matchAll(wordPattern)) if (foldWord(match[0]) === term) return match[0];
  return term;
}
