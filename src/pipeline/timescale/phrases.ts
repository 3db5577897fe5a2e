import { fold, tokenize, type Token } from './tokenize.ts';

/** A lexicon phrase split into the tokens it must match, with the value it stands for. */
export interface Phrase<Value> {
  readonly words: readonly string[];
  /** Compare with the exact text instead of the folded form ("May" the month, "h" the unit). */
  readonly caseSensitive: boolean;
  /** The last word ended in `*` in the lexicon and matches any word it begins. */
  readonly openEnded: boolean;
  readonly value: Value;
}

/** Phrases grouped by first word, longest first, for matching at a token. */
export interface PhraseTable<Value> {
  readonly byFirstWord: ReadonlyMap<string, readonly Phrase<Value>[]>;
  readonly openEnded: readonly Phrase<Value>[];
  /** How many words the longest phrase has. */
  readonly longest: number;
}

/** A phrase found in a sentence: its value and the token range [start, end) it covers. */
export interface PhraseMatch<Value> {
  readonly value: Value;
  readonly start: number;
  readonly end: number;
}

/** Splits a lexicon phrase into words the way sentences are split, so both compare alike. */
export function compilePhrase<Value>(phrase: string, value: Value, caseSensitive = false): Phrase<Value> {
  const openEnded = phrase.endsWith('*');
  const tokens = tokenize(openEnded ? phrase.slice(0, -1) : phrase);
  if (tokens.length === 0) throw new Error(`empty phrase "${phrase}"`);
  return {
    words: tokens.map((token) => (caseSensitive ? token.text : token.folded)),
    caseSensitive,
    openEnded,
    value,
  };
}

/** Indexes phrases for `matchLongest` and `endsWith`. */
export function phraseTable<Value>(phrases: readonly Phrase<Value>[]): PhraseTable<Value> {
  const byFirstWord = new Map<string, Phrase<Value>[]>();
  const openEnded: Phrase<Value>[] = [];
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (first === undefined) continue;
    if (phrase.openEnded && phrase.words.length === 1) {
      openEnded.push(phrase);
      continue;
    }
    const key = fold(first);
    const group = byFirstWord.get(key) ?? [];
    group.push(phrase);
    byFirstWord.set(key, group);
  }
  for (const group of byFirstWord.values()) group.sort((a, b) => b.words.length - a.words.length);
  const longest = Math.max(0, ...phrases.map((phrase) => phrase.words.length));
  return { byFirstWord, openEnded, longest };
}

function wordMatches<Value>(phrase: Phrase<Value>, index: number, token: Token): boolean {
  const word = phrase.words[index];
  if (word === undefined) return false;
  const text = phrase.caseSensitive ? token.text : token.folded;
  const last = index === phrase.words.length - 1;
  return last && phrase.openEnded ? text.startsWith(word) : text === word;
}

function matchesAt<Value>(phrase: Phrase<Value>, tokens: readonly Token[], start: number): boolean {
  if (start < 0 || start + phrase.words.length > tokens.length) return false;
  for (let offset = 0; offset < phrase.words.length; offset += 1) {
    const token = tokens[start + offset];
    if (token === undefined || !wordMatches(phrase, offset, token)) return false;
  }
  return true;
}

/** The longest phrase of the table that starts at token `start`, if any. */
export function matchLongest<Value>(
  table: PhraseTable<Value>,
  tokens: readonly Token[],
  start: number,
): PhraseMatch<Value> | null {
  const token = tokens[start];
  if (token === undefined) return null;
  for (const phrase of table.byFirstWord.get(token.folded) ?? []) {
    if (matchesAt(phrase, tokens, start)) return { value: phrase.value, start, end: start + phrase.words.length };
  }
  for (const phrase of table.openEnded) {
    if (matchesAt(phrase, tokens, start)) return { value: phrase.value, start, end: start + 1 };
  }
  return null;
}

/** The longest phrase of the table that ends just before token `end`, if any. */
export function matchEndingAt<Value>(
  table: PhraseTable<Value>,
  tokens: readonly Token[],
  end: number,
): PhraseMatch<Value> | null {
  for (let length = Math.min(table.longest, end); length >= 1; length -= 1) {
    const found = matchExactly(table, tokens, end - length, end);
    if (found !== null) return found;
  }
  return null;
}

function matchExactly<Value>(
  table: PhraseTable<Value>,
  tokens: readonly Token[],
  start: number,
  end: number,
): PhraseMatch<Value> | null {
  const token = tokens[start];
  if (token === undefined) return null;
  const candidates = [...(table.byFirstWord.get(token.folded) ?? []), ...table.openEnded];
  for (const phrase of candidates) {
    if (start + phrase.words.length === end && matchesAt(phrase, tokens, start)) {
      return { value: phrase.value, start, end };
    }
  }
  return null;
}

/** Whether any phrase of the table occurs anywhere in the tokens. */
export function occursIn<Value>(table: PhraseTable<Value>, tokens: readonly Token[]): boolean {
  return tokens.some((_, index) => matchLongest(table, tokens, index) !== null);
}
