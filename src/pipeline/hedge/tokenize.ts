/** One word or punctuation mark of a sentence, with its UTF-16 offsets into the sentence. */
export interface Token {
  /** The token as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Lower case, curly apostrophes straightened, digits folded to `0`: the form cues are looked up by. */
  readonly norm: string;
  /** A light suffix-stripped stem of `norm`, so "suggests" and "suggested" share evidence. */
  readonly stem: string;
}

// Words keep inner hyphens, apostrophes and slashes ("dose-dependent", "that's", "and/or")
// because BioScope cues are written that way; everything else that is not a space is
// one punctuation token, since "or ," and "or (" read differently from "or the".
const TOKEN = /[\p{L}\p{N}]+(?:['’\-/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Splits a sentence into tokens with offsets that slice back to the token text. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const written = match[0];
    const norm = normalizeWord(written);
    tokens.push({ text: written, start, end: start + written.length, norm, stem: stemWord(norm) });
  }
  return tokens;
}

/** The comparison form of a word: lower case, straight apostrophes, every digit `0`. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/\p{N}/gu, '0');
}

// Ordered longest first; the first suffix that leaves at least three letters wins.
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['ibility', 'ibl'],
  ['ability', 'abl'],
  ['ically', 'ic'],
  ['ingly', ''],
  ['ively', ''],
  ['ations', 'at'],
  ['ation', 'at'],
  ['ising', 'iz'],
  ['ised', 'iz'],
  ['ises', 'iz'],
  ['ise', 'iz'],
  ['izing', 'iz'],
  ['ized', 'iz'],
  ['izes', 'iz'],
  ['ize', 'iz'],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ions', ''],
  ['ion', ''],
  ['ings', ''],
  ['ing', ''],
  ['ive', ''],
  ['bly', 'bl'],
  ['ble', 'bl'],
  ['ly', ''],
  ['ed', ''],
  ['es', ''],
  ['e', ''],
  ['s', ''],
];

/** A deliberately light stemmer: enough to group inflections, not a linguistic analysis. */
export function stemWord(norm: string): string {
  if (!/^[a-z]+$/.test(norm) || norm.length <= 4) return norm;
  for (const [suffix, replacement] of SUFFIXES) {
    if (norm.endsWith(suffix) && norm.length - suffix.length >= 3) {
      return norm.slice(0, norm.length - suffix.length) + replacement;
    }
  }
  return norm;
}
