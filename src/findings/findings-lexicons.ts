import { compilePhrases, loadLexicon, phraseAlternatives } from '../pipeline/lexicon.ts';
import type { Cause } from './cause-of.ts';
import type { Pace } from './pace-of.ts';

/**
 * The word lists of the findings matcher, as data: `content/lexicons/findings-*.txt`. This is
 * the only module of src/findings/ that reads a file, once, at load (as the pipeline's
 * lexicon.ts does); every stage takes the parsed lists as an argument, so a test can pass its own.
 */

/** One suffix rule of the stemmer (content/lexicons/findings-suffixes.txt). */
export interface SuffixRule {
  step: number;
  suffix: string;
  replacement: string;
  minimumStem: number;
}

/** Everything the stemmer needs. */
export interface StemmerLexicon {
  /** Irregular form -> the base it shares with its family ("lost" -> "lose"). */
  irregular: ReadonlyMap<string, string>;
  rules: readonly SuffixRule[];
}

/** Everything the content-word reader needs. */
export interface ContentWordLexicon {
  stemmer: StemmerLexicon;
  stopWords: ReadonlySet<string>;
  /** Number words that never count as content ("six", "twelve"). */
  numberWords: ReadonlyMap<string, number>;
  /** Concept name -> the words that count as it ("spine" -> spine, synapse, connection, ...). */
  concepts: ReadonlyMap<string, readonly string[]>;
  /** Words after which a participle describes a noun ("of lost spines"). */
  nounOpeners: ReadonlySet<string>;
  /** Participles without -ed or -en ("lost", "broken"). */
  participles: ReadonlySet<string>;
  /** Adjectives that always describe the noun after them ("faulty"). */
  describingAdjectives: ReadonlySet<string>;
}

/**
 * Concepts that name a change rather than a thing (content/lexicons/findings-change-concepts.txt),
 * as `#concept` keys, each with its kind of change ("recovery", "harm", ...).
 */
export const changeConceptKinds: ReadonlyMap<string, string> = new Map(loadLexicon('findings-change-concepts').map((entry) => {
  const [concept, kind] = pairOf(entry);
  return [`#${concept}`, kind] as const;
}));

/** The change concepts' keys. */
export const changeConceptKeys: ReadonlySet<string> = new Set(changeConceptKinds.keys());

/** Each change concept's opposites (content/lexicons/findings-opposite-concepts.txt), as `#concept` keys both ways. */
export const oppositeConceptKeys: ReadonlyMap<string, readonly string[]> = parseOpposites(loadLexicon('findings-opposite-concepts'));

/** Parses `concept concept` lines into a map that holds each pair both ways. */
export function parseOpposites(entries: readonly string[]): Map<string, string[]> {
  const opposites = new Map<string, string[]>();
  for (const entry of entries) {
    const [first, second] = pairOf(entry).map((name) => `#${name}`) as [string, string];
    opposites.set(first, [...(opposites.get(first) ?? []), second]);
    opposites.set(second, [...(opposites.get(second) ?? []), first]);
  }
  return opposites;
}

/** Parses `form base` lines. */
export function parseIrregular(entries: readonly string[]): Map<string, string> {
  return new Map(entries.map((entry) => pairOf(entry)));
}

/** Parses `step suffix replacement minimum` lines; `-` is an empty replacement. */
export function parseSuffixRules(entries: readonly string[]): SuffixRule[] {
  return entries.map((entry) => {
    const [step, suffix, replacement, minimum] = entry.split(/\s+/u);
    if (step === undefined || suffix === undefined || replacement === undefined || minimum === undefined) {
      throw new Error(`findings-suffixes: a rule needs step, suffix, replacement and minimum: "${entry}"`);
    }
    return { step: Number(step), suffix, replacement: replacement === '-' ? '' : replacement, minimumStem: Number(minimum) };
  });
}

/** Parses `value word` lines. */
export function parseNumberWords(entries: readonly string[]): Map<string, number> {
  return new Map(entries.map((entry) => {
    const [value, word] = pairOf(entry);
    return [word, Number(value)] as const;
  }));
}

/** Parses `concept: word word ...` lines. */
export function parseConcepts(entries: readonly string[]): Map<string, string[]> {
  return new Map(
    entries.map((entry) => {
      const [name, words] = entry.split(':');
      if (name === undefined || words === undefined) throw new Error(`findings-concepts: write "concept: words": "${entry}"`);
      return [name.trim(), words.trim().split(/\s+/u)] as const;
    }),
  );
}

function pairOf(entry: string): [string, string] {
  const [first, second] = entry.split(/\s+/u);
  if (first === undefined || second === undefined) throw new Error(`findings lexicon: expected two columns: "${entry}"`);
  return [first, second];
}

/** The stemmer's lists from content/lexicons/. */
export const stemmerLexicon: StemmerLexicon = {
  irregular: parseIrregular(loadLexicon('findings-irregular-words')),
  rules: parseSuffixRules(loadLexicon('findings-suffixes')),
};

/** The content-word reader's lists from content/lexicons/. */
export const contentWordLexicon: ContentWordLexicon = {
  stemmer: stemmerLexicon,
  stopWords: new Set(loadLexicon('findings-stop-words')),
  numberWords: parseNumberWords(loadLexicon('findings-number-words')),
  concepts: parseConcepts(loadLexicon('findings-concepts')),
  nounOpeners: new Set(loadLexicon('findings-noun-openers')),
  participles: new Set(loadLexicon('findings-participles').filter((entry) => !entry.startsWith('='))),
  describingAdjectives: new Set(loadLexicon('findings-participles').filter((entry) => entry.startsWith('=')).map((entry) => entry.slice(1))),
};

/** Openings and phrases that point back at the sentence before (content/lexicons/findings-anaphors.txt). */
export const anaphorPattern: RegExp = compilePhrases(loadLexicon('findings-anaphors'));

/** Phrases that place a sentence at the time the one before named (content/lexicons/findings-time-anaphors.txt). */
export const timeAnaphorPattern: RegExp = compilePhrases(loadLexicon('findings-time-anaphors'));

/** Openings whose pronoun names the reporters, not the sentence before (content/lexicons/findings-reporting-openers.txt). */
export const reportingOpenerPattern: RegExp = compilePhrases(loadLexicon('findings-reporting-openers'));

/** Connectives a label leaves out at the start of a statement (content/lexicons/findings-label-openers.txt). */
export const labelOpenerEntries: readonly string[] = loadLexicon('findings-label-openers');

/** The speed and delay words of time phrases (content/lexicons/findings-pace.txt), each compiled. */
export const paceCues: readonly { pace: Pace; pattern: RegExp }[] = parsePaceCues(loadLexicon('findings-pace'));

/** Phrases that stress speed or delay wherever they stand (content/lexicons/findings-pace-phrases.txt), each compiled. */
export const pacePhrases: readonly { pace: Pace; pattern: RegExp }[] = parsePaceCues(loadLexicon('findings-pace-phrases'));

/** Parses `pace phrase` lines, pace `fast` or `delayed`. */
export function parsePaceCues(entries: readonly string[]): { pace: Pace; pattern: RegExp }[] {
  return entries.map((entry) => {
    const [pace, ...phrase] = entry.split(/\s+/u);
    if ((pace !== 'fast' && pace !== 'delayed') || phrase.length === 0) throw new Error(`findings-pace: write "fast phrase" or "delayed phrase": "${entry}"`);
    return { pace, pattern: compilePhrases([phrase.join(' ')]) };
  });
}

/** The cause words of findings (content/lexicons/findings-causes.txt), each compiled. */
export const causeCues: readonly { cause: Cause; pattern: RegExp }[] = parseCauseCues(loadLexicon('findings-causes'));

/** Parses `cause phrase` lines, cause `stress`, `drug` or `manipulation`. */
export function parseCauseCues(entries: readonly string[]): { cause: Cause; pattern: RegExp }[] {
  return entries.map((entry) => {
    const [cause, ...phrase] = entry.split(/\s+/u);
    if ((cause !== 'stress' && cause !== 'drug' && cause !== 'manipulation') || phrase.length === 0) {
      throw new Error(`findings-causes: write "stress phrase", "drug phrase" or "manipulation phrase": "${entry}"`);
    }
    return { cause, pattern: compilePhrases([phrase.join(' ')]) };
  });
}

/** Phrases that report a null result (content/lexicons/findings-null-effects.txt). */
export const nullEffectPattern: RegExp = compilePhrases(loadLexicon('findings-null-effects'));

/** The parts of content/lexicons/findings-symptoms-ended.txt. */
const SYMPTOMS_ENDED_PARTS = ['end', 'deny', 'show', 'gap', 'state', 'after'] as const;

/** A symptom of depression told as ended, or as absent (content/lexicons/findings-symptoms-ended.txt). */
export const symptomsEndedPatterns: SymptomsEnded = parseSymptomsEnded(loadLexicon('findings-symptoms-ended'));

/** Patterns for a symptom that ended ("no longer displayed ... depression") and one denied ("did not show depression-like symptoms"). */
export interface SymptomsEnded {
  ended: RegExp;
  denied: RegExp;
}

/**
 * Parses `part phrase` lines (the parts of SYMPTOMS_ENDED_PARTS) into two patterns, one led by
 * the `end` phrases and one by the `deny` phrases: the lead, a `show` verb at once, then the
 * state within three words, none of them a `gap` word, and no `after` word behind it; or the
 * lead and the state at once.
 */
export function parseSymptomsEnded(entries: readonly string[]): SymptomsEnded {
  const parts = Object.fromEntries(SYMPTOMS_ENDED_PARTS.map((part) => [part, [] as string[]])) as Record<(typeof SYMPTOMS_ENDED_PARTS)[number], string[]>;
  for (const entry of entries) {
    const [part, ...phrase] = entry.split(/\s+/u);
    const known = SYMPTOMS_ENDED_PARTS.find((name) => name === part);
    if (known === undefined || phrase.length === 0 || /[\^$]/u.test(phrase.join(' '))) {
      throw new Error(`findings-symptoms-ended: write one of ${SYMPTOMS_ENDED_PARTS.join(', ')}, then a phrase without ^ or $: "${entry}"`);
    }
    parts[known].push(phrase.join(' '));
  }
  const edge = '(?![\\p{L}\\p{N}])';
  const anyOf = (list: readonly string[]) => (list.length === 0 ? '(?!)' : `(?:${phraseAlternatives(list).join('|')})`);
  const word = "[\\p{L}\\p{N}'’-]+";
  const gapWord = `(?!${anyOf(parts.gap)}${edge})${word}`;
  const after = parts.after.length === 0 ? '' : `(?!\\s+${anyOf(parts.after)}${edge})`;
  const led = (lead: readonly string[]) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${anyOf(lead)}\\s+(?:${anyOf(parts.show)}(?:\\s+${gapWord}){0,3}?\\s+)?${anyOf(parts.state)}${edge}${after}`, 'iu');
  return { ended: led(parts.end), denied: led(parts.deny) };
}

/** What makes a hedge cue a study's aim (content/lexicons/findings-aims.txt). */
export const aimCues: AimCues = parseAimCues(loadLexicon('findings-aims'));

/** Cues that can open a question a study sets out to answer, and the verbs one must follow. */
export interface AimCues {
  cues: ReadonlySet<string>;
  /** Matches a text that ends with a verb of finding out (and the space after it). */
  verbBefore: RegExp;
}

/** Parses `cue phrase` and `verb phrase` lines. */
export function parseAimCues(entries: readonly string[]): AimCues {
  const cues = new Set<string>();
  const verbs: string[] = [];
  for (const entry of entries) {
    const [part, ...phrase] = entry.split(/\s+/u);
    if ((part !== 'cue' && part !== 'verb') || phrase.length === 0) throw new Error(`findings-aims: write "cue phrase" or "verb phrase": "${entry}"`);
    if (part === 'cue') cues.add(phrase.join(' ').toLowerCase());
    else verbs.push(phrase.join(' '));
  }
  const verbBefore = verbs.length === 0 ? /(?!)/u : new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternatives(verbs).join('|')})\\s+$`, 'iu');
  return { cues, verbBefore };
}
