/**
 * Words as the search compares them: lowercased, accents stripped, possessives dropped and
 * plurals folded to the singular, so "spines" finds "spine" and "studies" finds "study".
 * Used on both sides (the records and the query), by fuse's tokenizer and by the highlighter.
 */

/** Letters and digits, with an apostrophe inside a word kept ("ketamine's"). */
export const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Irregular plurals the sources use; the rest follow the rules in `singular`. A Map, not an
 * object: a word of a source such as "constructor" must not find Object's own properties.
 */
const irregularPlurals = new Map<string, string>(Object.entries({
  mice: 'mouse',
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  teeth: 'tooth',
  feet: 'foot',
  hippocampi: 'hippocampus',
  cortices: 'cortex',
  analyses: 'analysis',
  hypotheses: 'hypothesis',
  criteria: 'criterion',
  phenomena: 'phenomenon',
  data: 'datum',
}));

/** Words that end in s and are not plurals. */
const notPlurals = new Set(['species', 'series', 'news', 'lens', 'always', 'perhaps', 'various', 'serious', 'less', 'unless', 'this', 'thus', 'yes', 'was', 'has', 'is', 'its', 'us', 'as', 'does']);

/** Folded forms already worked out; a corpus reuses a few thousand words many times over. */
const foldedCache = new Map<string, string>();
const foldedCacheLimit = 50_000;

/** Fold a word to the form the search compares: lowercase, no accents, no possessive, singular. */
export function foldWord(word: string): string {
  const known = foldedCache.get(word);
  if (known !== undefined) return known;
  const lower = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '');
  const folded = singular(lower);
  if (foldedCache.size >= foldedCacheLimit) foldedCache.clear();
  foldedCache.set(word, folded);
  return folded;
}

/** The singular of a lowercase English word, by rule; a word the rules do not know is returned as is. */
export function singular(word: string): string {
  const irregular = irregularPlurals.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || notPlurals.has(word)) return word;
  if (/(ss|us|is|ous)$/u.test(word)) return word;
  if (/ies$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes|zes)$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** One word of a text with where it stands, so a match can be highlighted in place. */
export interface WordAt {
  word: string;
  folded: string;
  start: number;
  end: number;
}

/** Every word of a text with its offsets (UTF-16 code units, end exclusive). */
export function wordsOf(text: string): WordAt[] {
  const words: WordAt[] = [];
  for (const match of text.matchAll(wordPattern)) {
    words.push({ word: match[0], folded: foldWord(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** A text's words folded: the tokenizer fuse uses for the records and the query alike. */
export function foldedWords(text: string): string[] {
  return wordsOf(text).map((word) => word.folded);
}

/** A field's text as fuse sees it: every word folded, so "mice" is indexed as "mouse". */
export function foldedText(text: string): string {
  return foldedWords(text).join(' ');
}
