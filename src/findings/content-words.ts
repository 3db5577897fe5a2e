import { contentWordLexicon, type ContentWordLexicon } from './findings-lexicons.ts';
import { stemWord } from './stem-word.ts';

/** A content word of a text: the key it is compared by, and the word as the text has it. */
export interface ContentWord {
  /** The stem, or `#concept` when the word belongs to a concept of findings-concepts.txt. */
  key: string;
  /** The word as written, lowercased, for labels ("synapses"). */
  word: string;
}

/** Letters and digits, with an apostrophe inside a word kept ("ketamine's", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const conceptKeys = new WeakMap<ContentWordLexicon, Map<string, string>>();

/** Stem -> `#concept`, built once per lexicon. */
function conceptKeyMap(lexicon: ContentWordLexicon): Map<string, string> {
  let map = conceptKeys.get(lexicon);
  if (map === undefined) {
    map = new Map();
    for (const [concept, words] of lexicon.concepts) {
      for (const word of words) map.set(stemWord(word, lexicon.stemmer), `#${concept}`);
    }
    conceptKeys.set(lexicon, map);
  }
  return map;
}

/** A word folded for comparison: lowercase, no accents, straight apostrophe, no possessive. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/’/gu, "'")
    .replace(/'s$/u, '');
}

/**
 * The content words of a text, in order: words that are not stop words (function words,
 * reporting verbs, hedges, species and time words), not numbers, and longer than one letter,
 * each keyed by its stem or by its concept. Repeats are kept; callers that want a set make one.
 */
export function contentWords(text: string, lexicon: ContentWordLexicon = contentWordLexicon): ContentWord[] {
  const concepts = conceptKeyMap(lexicon);
  const words: ContentWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (word.length < 2 || lexicon.stopWords.has(word) || lexicon.numberWords.has(word) || /\p{N}/u.test(word)) continue;
    const stem = stemWord(word, lexicon.stemmer);
    words.push({ key: concepts.get(stem) ?? stem, word });
  }
  return words;
}
