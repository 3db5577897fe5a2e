import type { SpeakerRole } from '../schemas/vocabulary.ts';
import { compilePhrases, findAll, loadLexicon } from './lexicon.ts';

const speechVerbs = compilePhrases(loadLexicon('speech-verbs'));

const TITLE = String.raw`(?:Dr|Prof|Professor)\.?`;
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
const TITLED_SURNAME = new RegExp(String.raw`${TITLE}\s+(${NAME_WORD})(?![\p{L}'’-])(?!\s+${NAME_WORD})`, 'gu');
const SURNAME_BEFORE_VERB = /(?<![\p{L}.] )(?<=^|[,"”]\s|\s)(\p{Lu}[\p{Ll}'’-]+)\s+(?:says|said|notes|noted|explains|explained|adds|added|told|writes|wrote|recalls|argues)\b/gu;
// Capitalised words that stand before a speech verb at the start of a clause without naming
// anyone: pronouns, group nouns, and the conjunctions and adverbs of phrases such as "As noted
// above", "If told", "When asked, …", "Also noted".
const NOT_NAMES = new Set([
  ...['He', 'She', 'They', 'We', 'It', 'This', 'That', 'The', 'Researchers', 'Scientists', 'Study', 'Team', 'Authors', 'And', 'But', 'So', 'Then'],
  ...['As', 'If', 'When', 'While', 'Once', 'Unless', 'Also', 'Here', 'There', 'Someone', 'Others', 'Many', 'Some', 'One'],
]);
const RESEARCHERS = /\b(?:researchers|authors|team|investigators|scientists|they|we)\b/iu;
const PRONOUN = /\b(?:he|she)\b/iu;
const OPENS_QUOTE = /^\s*["“]/u;

const SPEECH = String.raw`(?:says|said|notes|noted|explains|explained|adds|added|told|tells|writes|wrote|argues|recalls|cautions|warns)`;
// Where news prose introduces a person: behind a title, beside a speech verb, or before an
// apposition ("Ronald Duman, a professor of psychiatry").
const INTRODUCED_NAME = [
  new RegExp(String.raw`${TITLE}\s+(${NAME_WORD}(?:\s+\p{Lu}\.)?\s+${NAME_WORD})`, 'gu'),
  new RegExp(String.raw`\b${SPEECH}\s+(?:${TITLE}\s+)?(${NAME_WORD}\s+${NAME_WORD})`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}'’.]\s?)(${NAME_WORD}\s+${NAME_WORD}),?\s+${SPEECH}\b`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}'’.]\s?)(${NAME_WORD}\s+${NAME_WORD}),\s+(?:a|an|the|one of|who)\s`, 'gu'),
];
// Capitalised pairs that open sentences or name institutions rather than people.
const NOT_FIRST_NAMES = new Set(['The', 'A', 'An', 'And', 'But', 'So', 'Then', 'Previous', 'Next', 'Food', 'National', 'Weill', 'New', 'Science', 'Social', 'Stanford', 'Yale']);

/**
 * The people a document quotes or paraphrases, by surname: full names behind a title, beside
 * a speech verb or before an apposition ("says Anna Beyeler", "Dr. Conor Liston"). Later mentions by
 * surname alone ("Liston says", "INSERM's Beyeler") resolve through this register.
 */
export function collectPeople(texts: readonly string[]): Map<string, string> {
  const people = new Map<string, string>();
  for (const text of texts) {
    for (const pattern of INTRODUCED_NAME) {
      for (const match of text.matchAll(pattern)) {
        const name = match[1]!.replace(/\s+/gu, ' ');
        if (NOT_FIRST_NAMES.has(name.split(' ')[0]!)) continue;
        const surname = name.split(' ').at(-1)!;
        if (!people.has(surname)) people.set(surname, name);
      }
    }
  }
  return people;
}

/** A unit's speaker before context is applied: a person, the researchers, or nobody named. */
function namedSpeaker(text: string, people: ReadonlyMap<string, string>): string | 'authors' | 'pronoun' | null {
  const verbs = findAll(speechVerbs, text);
  if (verbs.length === 0) return null;
  const names: { name: string; start: number }[] = [];
  for (const [surname, name] of people) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${surname}(?:['’]s)?(?![\\p{L}])`, 'gu'))) {
      names.push({ name, start: match.index });
    }
  }
  for (const match of text.matchAll(TITLED_SURNAME)) {
    const surname = match[1]!;
    if (!people.has(surname)) names.push({ name: `Dr. ${surname}`, start: match.index });
  }
  // A lone capitalised word right before a speech verb ("…," Liston says) is a surname too.
  for (const match of text.matchAll(SURNAME_BEFORE_VERB)) {
    const surname = match[1]!;
    if (!people.has(surname) && !NOT_NAMES.has(surname)) names.push({ name: surname, start: match.index });
  }
  if (names.length > 0) {
    // The name nearest to a speech verb is the speaker ("…," says Anna Beyeler, a …).
    const distance = (candidate: { start: number }) => Math.min(...verbs.map((verb) => Math.abs(verb.start - candidate.start)));
    return names.sort((a, b) => distance(a) - distance(b))[0]!.name;
  }
  const verbZone = text.slice(Math.max(0, verbs[0]!.start - 40), verbs[0]!.end + 20);
  if (PRONOUN.test(verbZone)) return 'pronoun';
  if (RESEARCHERS.test(verbZone)) return 'authors';
  return null;
}

/** What `attributeSpeakers` needs to know about each claim, in reading order. */
export interface SpeakerInput {
  text: string;
  voice: SpeakerRole;
  /** Claims in one passage (a quoted article, a post) resolve "she says" to the same person. */
  passage: string;
  /** Claims in one block (a paragraph) carry a quotation's speaker over to each other. */
  block: number;
  /** In a transcript, the person whose turn the claim is in (src/pipeline/find-transcript-turns.ts). */
  turnSpeaker?: string | null;
}

/**
 * The speaker of each claim (CLAIMS.md section 5): the person a quote or paraphrase is
 * attributed to; "he/she says" resolves to the person last named in the passage; a quotation
 * with no attribution of its own belongs to the attributed quote beside it; researchers as
 * a group are `authors`; in a transcript's turn, the person speaking; otherwise the voice of the passage (journalist, forum, abstract,
 * publisher). Abstracts speak for the paper's authors only as `abstract`.
 */
export function attributeSpeakers(claims: readonly SpeakerInput[], people: ReadonlyMap<string, string>): string[] {
  const direct = claims.map((claim) => (claim.voice === 'journalist' ? namedSpeaker(claim.text, people) : null));
  const speakers: string[] = claims.map((claim) => claim.voice);
  let lastPerson: { name: string; passage: string } | null = null;
  claims.forEach((claim, index) => {
    const found = direct[index];
    // In a transcript's turn the speaker talks, "we" and "they" included, unless the unit
    // attributes its words to someone by name.
    const turnSpeaker = claim.turnSpeaker ?? null;
    if (turnSpeaker !== null && (found === null || found === 'pronoun' || found === 'authors')) {
      speakers[index] = turnSpeaker;
    } else if (found === 'pronoun') {
      if (lastPerson && lastPerson.passage === claim.passage) speakers[index] = lastPerson.name;
    } else if (found === 'authors') {
      speakers[index] = 'authors';
    } else if (found) {
      speakers[index] = found;
      lastPerson = { name: found, passage: claim.passage };
    }
  });
  // A quotation with no attribution of its own continues the attributed quote next to it.
  const quoted = insideQuotation(claims);
  claims.forEach((claim, index) => {
    if (claim.voice !== 'journalist' || direct[index] || claim.turnSpeaker || !(OPENS_QUOTE.test(claim.text) || quoted[index])) return;
    for (const neighbour of [index - 1, index + 1]) {
      const other = claims[neighbour];
      const speaker = speakers[neighbour];
      if (other && speaker && other.block === claim.block && !isRole(speaker)) {
        speakers[index] = speaker;
        return;
      }
    }
  });
  return speakers;
}

/** Whether each claim starts inside a quotation opened by an earlier claim of its block. */
function insideQuotation(claims: readonly SpeakerInput[]): boolean[] {
  let open = false;
  let block: number | null = null;
  return claims.map((claim) => {
    if (claim.block !== block) {
      open = false;
      block = claim.block;
    }
    const startsInside = open;
    for (const character of claim.text) {
      if (character === '“') open = true;
      else if (character === '”') open = false;
      else if (character === '"') open = !open;
    }
    return startsInside;
  });
}

/** Whether a speaker is a role (the journalist, the authors, a forum...) rather than a named person. */
export function isRole(speaker: string): boolean {
  return ['authors', 'journalist', 'forum', 'abstract', 'publisher'].includes(speaker);
}
