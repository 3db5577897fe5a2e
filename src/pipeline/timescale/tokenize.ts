/** One number, word or punctuation mark of a sentence, with its UTF-16 offsets. */
export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes made straight: the form phrases are compared in. */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'number' | 'word' | 'mark';
  /** Whether whitespace stands between this token and the one before it ("24-hour" has none). */
  readonly spaced: boolean;
}

// Numbers in digits ("24", "1.5", "2,000"), words with inner apostrophes ("wasn't",
// "ketamine's"), or any other single character that is not a space.
const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;

/** Splits a text into numbers, words and marks, keeping each one's offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    tokens.push({
      text: match[0],
      folded: fold(match[0]),
      start,
      end,
      kind: match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'mark',
      spaced: start > previousEnd,
    });
    previousEnd = end;
  }
  return tokens;
}

/** The comparison form of a word: lower case with straight apostrophes. */
export function fold(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}
