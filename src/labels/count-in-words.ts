const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A count as prose writes it: in words up to twelve ("five sources"), in digits from 13 on. */
export function countInWords(count: number): string {
  return WORDS[count] ?? String(count);
}
