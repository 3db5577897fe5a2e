import { contentWordLexicon, type ContentWordLexicon } from './findings-lexicons.ts';
import { stemWord } from './stem-word.ts';

/** A content word of a text: the key it is compared by, and the word as the text has it. */
export interface ContentWord {
  /**
   * The stem, or `#concept` when the word belongs to a concept of findings-concepts.txt. A word
   * of two concepts ("pathways": a connection between neurons, or a circuit) stands once for each.
   */
  key: string;
  /** The word as written, lowercased, for labels ("synapses"). */
  word: string;
  /**
   * Whether the word is a participle describing the noun after it ("restoring LOST spines",
   * "these BROKEN circuits"): it says what the thing had suffered, not what the sentence reports.
   */
  modifier: boolean;
}

/**
 * Markup and code a source may carry in its text, which a reader does not read as words: HTML
 * tags and comments (script and style bodies too), Markdown link and image targets, reference
 * definitions and footnote marks, code spans,
 * template expressions (`{{ }}`, `${ }`, `<% %>`, `#{ }`) and web or script addresses.
 */
const MARKUP = [
  /<!--[\s\S]*?-->/gu,
  /<(script|style|textarea|title|noscript|iframe|math|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/giu,
  /<[^>]*>/gu,
  /`[^`]*`/gu,
  /\]\([^)]*\)/gu,
  /\]\[[^\]]*\]/gu,
  /\[\^[^\]]*\]:?/gu,
  /^\s*\[[^\]]*\]:.*$/gmu,
  /\{\{[\s\S]*?\}\}/gu,
  /[$#]\{[^}]*\}/gu,
  /<%[\s\S]*?%>/gu,
  /\{[^}]*\}/gu,
  /\b(?:https?|javascript|data):\S*/giu,
  /&[#\w]+;/gu,
];

/** The text a reader reads: markup and code replaced by spaces, so it makes no content words. */
export function visibleText(text: string): string {
  return MARKUP.reduce((visible, pattern) => visible.replace(pattern, ' '), text);
}

/** Letters and digits, with an apostrophe inside a word kept ("ketamine's", "don't"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** A lexicon's concepts as lookups: stem -> `#concept` keys, and phrase ("little is known") -> keys. */
interface ConceptMaps {
  byStem: Map<string, string[]>;
  byPhrase: Map<string, string[]>;
  /** The most words a phrase has. */
  longestPhrase: number;
}

const conceptMaps = new WeakMap<ContentWordLexicon, ConceptMaps>();

/** The concept lookups, built once per lexicon. A concept entry with underscores is a phrase. */
function conceptMapsOf(lexicon: ContentWordLexicon): ConceptMaps {
  let maps = conceptMaps.get(lexicon);
  if (maps === undefined) {
    maps = { byStem: new Map(), byPhrase: new Map(), longestPhrase: 0 };
    const addTo = (map: Map<string, string[]>, entry: string, key: string) => {
      const keys = map.get(entry) ?? [];
      if (!keys.includes(key)) map.set(entry, [...keys, key]);
    };
    for (const [concept, words] of lexicon.concepts) {
      for (const word of words) {
        if (word.includes('_')) {
          const phrase = word.split('_');
          addTo(maps.byPhrase, phrase.join(' '), `#${concept}`);
          maps.longestPhrase = Math.max(maps.longestPhrase, phrase.length);
        } else {
          addTo(maps.byStem, stemWord(word, lexicon.stemmer), `#${concept}`);
        }
      }
    }
    conceptMaps.set(lexicon, maps);
  }
  return maps;
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
 * The content words of a text's visible words, in order: words that are not stop words (function words,
 * reporting verbs, hedges, species and time words), not numbers, and longer than one letter,
 * each keyed by its stem or by its concepts, and phrases of a concept ("little is known"),
 * stop words and all. Repeats are kept; callers that want a set make one.
 */
export function contentWords(text: string, lexicon: ContentWordLexicon = contentWordLexicon): ContentWord[] {
  const concepts = conceptMapsOf(lexicon);
  const tokens = [...visibleText(text).matchAll(WORD)].map((match) => foldWord(match[0]));
  const isContent = (word: string | undefined) => word !== undefined && word.length >= 2 && !lexicon.stopWords.has(word) && !lexicon.numberWords.has(word) && !/\p{N}/u.test(word);
  const words: ContentWord[] = [];
  let skipUntil = 0;
  tokens.forEach((word, index) => {
    if (index < skipUntil) return;
    for (let length = concepts.longestPhrase; length >= 2; length -= 1) {
      const phrase = tokens.slice(index, index + length).join(' ');
      const keys = concepts.byPhrase.get(phrase);
      if (keys === undefined) continue;
      for (const key of keys) words.push({ key, word: phrase, modifier: false });
      skipUntil = index + length;
      return;
    }
    if (!isContent(word)) return;
    const previous = tokens[index - 1];
    const participle = word.endsWith('ed') || word.endsWith('en') || lexicon.participles.has(word);
    const describesNoun = previous === undefined || lexicon.nounOpeners.has(previous) || previous.endsWith('ing') || previous.endsWith('ly');
    const modifier = isContent(tokens[index + 1]) && (lexicon.describingAdjectives.has(word) || (participle && describesNoun));
    const stem = stemWord(word, lexicon.stemmer);
    for (const key of concepts.byStem.get(stem) ?? [stem]) words.push({ key, word, modifier });
  });
  return words;
}
