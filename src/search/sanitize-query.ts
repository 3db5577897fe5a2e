import { foldWord, wordPattern } from './word-forms.ts';

/**
 * Turn whatever a reader typed into a safe list of search terms. Only words survive, so
 * regular-expression characters, emoji and markup cannot reach the matcher; very long
 * input is cut before it is scanned so that 10,000 characters cost no more than 200.
 */

/** Characters of input looked at; the rest is ignored. */
export const maxQueryCharacters = 200;
/** Words kept from a query; more words only narrow an AND search to nothing. */
export const maxQueryTerms = 8;

/** Words too common to narrow a search; dropped unless the query has nothing else. */
const stopWords = new Set(
  'a an and are as at be by can do does for from how in into is it its of on or so than that the their them then there these they this to was were what when which who why will with'.split(' '),
);

/** A cleaned query: the display text and the folded terms the matcher uses. */
export interface SanitizedQuery {
  /** The input, trimmed, whitespace collapsed and cut to `maxQueryCharacters`. */
  text: string;
  /** Folded words to match, in the order typed, without repeats. */
  terms: string[];
  /**
   * Every folded word typed, in order, without repeats, terms or not: a lone letter is no
   * term yet, but the search can fetch what the word will need while the reader types on.
   */
  words: string[];
}

/** Clean a raw query; anything that is not a string counts as empty. */
export function sanitizeQuery(raw: unknown): SanitizedQuery {
  if (typeof raw !== 'string') return { text: '', terms: [], words: [] };
  // Cut before normalising so that huge input is never scanned in full.
  const cleaned = raw
    .slice(0, maxQueryCharacters * 2)
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  const text = cutAtWord(cleaned, maxQueryCharacters);
  const words = [...text.matchAll(wordPattern)].map((match) => foldWord(match[0])).filter((word) => word.length > 0);
  const unique = [...new Set(words)];
  // A lone letter narrows nothing; a lone digit ("3 hours") may.
  const meaningful = unique.filter((word) => !stopWords.has(word) && (word.length > 1 || /\p{N}/u.test(word)));
  const terms = (meaningful.length > 0 ? meaningful : unique.filter((word) => word.length > 1)).slice(0, maxQueryTerms);
  return { text, terms, words: unique };
}

/** Cut a text to at most `limit` characters without leaving half a word at the end. */
function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  if (/\s/u.test(text[limit] ?? ' ')) return cut.trimEnd();
  const withoutPartial = cut.replace(/\S+$/u, '').trimEnd();
  return withoutPartial === '' ? cut : withoutPartial;
}
