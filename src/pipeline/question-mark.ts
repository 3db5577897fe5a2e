/**
 * Where a unit that asks a question has its closing question mark, or null. Closing quotes,
 * brackets and Markdown emphasis may follow it ("“Was it real?”", "**Was it real?**"). One
 * rule for the claim's kind (an open question: classify-disposition.ts) and its hedge (a
 * question states nothing as fact: hedge/classify.ts), so the two never disagree.
 */
export function questionMarkAt(text: string): number | null {
  const ending = /\?[\s"'”’)\]*_]*$/u.exec(text);
  return ending === null ? null : ending.index;
}
