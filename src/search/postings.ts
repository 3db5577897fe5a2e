/**
 * Posting lists (the record numbers a word occurs in) as compact text: ascending numbers
 * written as gaps from the previous one, in base 36, joined by dots. "3.1.a" is 3, 4, 14.
 * Gaps keep a common word's list short; text keeps the index plain JSON that gzip and
 * brotli compress well, with nothing to decode but parseInt.
 */

/** Write ascending, distinct record numbers as a posting string. */
export function encodePostings(numbers: readonly number[]): string {
  let previous = 0;
  const parts: string[] = [];
  for (const [index, number] of numbers.entries()) {
    const gap = index === 0 ? number : number - previous;
    if (!Number.isInteger(number) || gap < (index === 0 ? 0 : 1)) throw new Error(`postings must be ascending distinct integers; got ${number} after ${previous}`);
    parts.push(gap.toString(36));
    previous = number;
  }
  return parts.join('.');
}

/**
 * Call `visit` with each record number of a posting string, in ascending order. The digits are
 * read as they come, without cutting the string: a one-letter query walks lists that name most
 * of the corpus, on every keystroke.
 */
export function forEachPosting(postings: string, visit: (number: number) => void): void {
  if (postings === '') return;
  let number = 0;
  let gap = 0;
  let first = true;
  for (let index = 0; index <= postings.length; index += 1) {
    const code = index < postings.length ? postings.charCodeAt(index) : 46; /* . */
    if (code !== 46) {
      gap = gap * 36 + (code <= 57 /* 9 */ ? code - 48 : code - 87); /* a is 97 − 10 */
      continue;
    }
    number = first ? gap : number + gap;
    first = false;
    visit(number);
    gap = 0;
  }
}

/** The record numbers of a posting string, ascending. */
export function decodePostings(postings: string): number[] {
  const numbers: number[] = [];
  forEachPosting(postings, (number) => numbers.push(number));
  return numbers;
}
