import { foldWord } from './content-words.ts';
import { keyCounts, type ComparableStatement } from './score-pair.ts';

/**
 * A capitalised word inside a sentence: its first letter upper case, the next lower case
 * ("Cornell", "National"), after a word or a comma, not after the end of a sentence (a full
 * stop, a quotation closed after one). Acronyms ("NIMH") are not caught.
 */
const CAPITALISED = /(?<=[\p{L}\p{N},;:’'"”)\]]\s+)(?<![.!?]["'”’)\]]*\s+)\p{Lu}\p{Ll}[\p{L}-]*/gu;

/** Any word, as the content words read and fold them (src/findings/content-words.ts). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * The words of a text, lower-cased, that it writes only as names: capitalised inside the
 * sentence every time ("New York", but not "new spines" as well), never at its start.
 */
export function namedWords(text: string): Set<string> {
  const capitalised = new Set([...text.matchAll(CAPITALISED)].map((match) => match.index));
  const names = new Set<string>();
  const ordinary = new Set<string>();
  for (const match of text.matchAll(WORD)) (capitalised.has(match.index) ? names : ordinary).add(foldWord(match[0]));
  return new Set([...names].filter((word) => !ordinary.has(word)));
}

/**
 * A statement without the content words it writes as names: its keys, counts and words. A
 * headline, or any text in title case ("Ketamine May Relieve Depression By Repairing Damaged
 * Brain Circuits"), capitalises its words for style, not as names, so it keeps them all.
 */
export function withoutNames(statement: ComparableStatement): ComparableStatement {
  if (statement.claim.kind === 'headline' || isTitleCase(statement.text)) return statement;
  const names = namedWords(statement.text);
  const nameKeys = new Set(statement.words.filter((word) => names.has(word.word)).map((word) => word.key));
  // A key stays if the statement also writes it as an ordinary word in another form.
  for (const word of statement.words) if (!names.has(word.word)) nameKeys.delete(word.key);
  if (nameKeys.size === 0) return statement;
  const keys = new Set([...statement.keys].filter((key) => !nameKeys.has(key)));
  return { ...statement, keys, counts: keyCounts(keys, statement.contextKeys), words: statement.words.filter((word) => !nameKeys.has(word.key)) };
}

/**
 * Whether a group holds together only through names: once the words its members write as names
 * are taken out ("Weill Cornell Medicine in New York", "the National Institute of Mental
 * Health", "Stanford University"), no two of its voices are alike at `linkThreshold` any more.
 * Names say who did the work or where, not what was found: two introductions of researchers
 * from one institute are no finding told twice. The names still count in the grouping's own
 * scores (taking them out there would reweigh every other word); only such a group is dropped,
 * and its statements may stand in other groups.
 */
export function heldByNames(members: readonly ComparableStatement[], score: (a: ComparableStatement, b: ComparableStatement) => number, linkThreshold: number): boolean {
  const stripped = members.map(withoutNames);
  if (stripped.every((member, index) => member === members[index])) return false;
  for (const [index, first] of stripped.entries()) {
    for (const second of stripped.slice(index + 1)) {
      if (first.voice !== second.voice && score(first, second) >= linkThreshold) return false;
    }
  }
  return true;
}

/**
 * Whether three in four of the words after the first are capitalised, short ones included: a
 * title ("How Ketamine Helps Depression Quickly and Over Time"), not a sentence that names an
 * institute ("Dr. Janine Simmons leads the National Institute of Mental Health's ... Program"),
 * whose verbs and articles stay lower case.
 */
function isTitleCase(text: string): boolean {
  const words = [...text.matchAll(/\p{L}{2,}/gu)].slice(1).map((match) => match[0]);
  return words.length >= 4 && words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.75;
}
