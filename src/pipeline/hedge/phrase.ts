import { tokenize, type Token } from './tokenize.ts';

/**
 * A cue phrase as a list of parts that must appear in order: "indicate that" is one part,
 * "either ... or" two parts with a gap of a few words between them.
 */
export interface Phrase {
  /** Each part is a run of normalized words (see `normalizeWord`); `*ing` stands for any word ending in "ing". */
  readonly parts: readonly (readonly string[])[];
}

/** The longest gap, in tokens, allowed between the parts of a phrase such as "not ... known". */
export const MAX_GAP = 12;

/**
 * Reads a phrase written the way cue lists write it: words, with "..." where a gap may be,
 * and `*ing` (a star, then letters) for any word with that ending.
 */
export function parsePhrase(written: string): Phrase {
  const parts = written
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map((part) => part.split(/\s+/).flatMap((chunk) => (WILDCARD.test(chunk) ? [chunk.toLowerCase()] : tokenize(chunk).map((token) => token.norm))))
    .filter((part) => part.length > 0);
  return { parts };
}

const WILDCARD = /^\*\p{L}+$/u;

/** The phrase written back as text, the form used as its key in lexicons and the model. */
export function phraseKey(phrase: Phrase): string {
  return phrase.parts.map((part) => part.join(' ')).join(' ... ');
}

/** Every place `phrase` occurs in `tokens`, each as the indexes of the tokens it covers. */
export function findPhrase(tokens: readonly Token[], phrase: Phrase): number[][] {
  const matches: number[][] = [];
  for (let start = 0; start < tokens.length; start++) {
    const covered = matchPhraseAt(tokens, phrase, start);
    if (covered !== null) matches.push(covered);
  }
  return matches;
}

/**
 * The tokens `phrase` covers when it starts at token `start`, or null. Each later part
 * matches at its nearest place after the previous one, so the match is the tightest.
 */
export function matchPhraseAt(tokens: readonly Token[], phrase: Phrase, start: number): number[] | null {
  const [first, ...rest] = phrase.parts;
  if (first === undefined || !partAt(tokens, first, start)) return null;
  const covered = range(start, first.length);
  let next = start + first.length;
  for (const part of rest) {
    let found = -1;
    for (let at = next; at <= next + MAX_GAP && at < tokens.length; at++) {
      if (partAt(tokens, part, at)) {
        found = at;
        break;
      }
    }
    if (found < 0) return null;
    covered.push(...range(found, part.length));
    next = found + part.length;
  }
  return covered;
}

function partAt(tokens: readonly Token[], part: readonly string[], at: number): boolean {
  return part.every((word, offset) => {
    const norm = tokens[at + offset]?.norm;
    if (norm === undefined) return false;
    if (!word.startsWith('*')) return norm === word;
    return norm.length > word.length && norm.endsWith(word.slice(1));
  });
}

function range(start: number, length: number): number[] {
  return Array.from({ length }, (_, offset) => start + offset);
}
