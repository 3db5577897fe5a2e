import { PhaseSchema, type Phase } from '../../schemas/vocabulary.ts';
import { compilePhrase, phraseTable, type Phrase, type PhraseTable } from './phrases.ts';

/** One spelling of a time unit (content/lexicons/time-units.txt). */
export interface TimeUnit {
  readonly spelling: string;
  /** Hours in one unit, as a fraction so that "30 min" is exactly 0.5 h. */
  readonly numerator: number;
  readonly denominator: number;
  /** The phase the plural names when it stands with no number ("in hours", "weeks later"). */
  readonly barePhase: Phase;
  readonly plural: boolean;
  readonly abbreviation: boolean;
  readonly digitsOnly: boolean;
  readonly anchored: boolean;
}

/** How a qualifier sets the bounds of the numbers next to it (time-qualifiers.txt). */
export type Bound = 'up-to' | 'at-least' | 'as-written';

/** The word lists of the timescale stage, parsed and indexed. */
export interface TimescaleLexicons {
  readonly units: PhraseTable<TimeUnit>;
  readonly numbers: PhraseTable<number>;
  readonly before: PhraseTable<Bound | 'until'>;
  readonly after: PhraseTable<Bound>;
  readonly separators: PhraseTable<true>;
  readonly fillers: PhraseTable<true>;
  readonly negations: PhraseTable<true>;
  readonly vague: PhraseTable<Phase>;
  readonly calendarNames: PhraseTable<true>;
  readonly calendarBefore: PhraseTable<true>;
  readonly calendarAfter: PhraseTable<true>;
  readonly treatmentWords: PhraseTable<true>;
  readonly effectWords: PhraseTable<true>;
  readonly links: PhraseTable<true>;
  readonly points: PhraseTable<true>;
  readonly frequencyBefore: PhraseTable<true>;
  readonly frequencyAfter: PhraseTable<true>;
  readonly ageBefore: PhraseTable<true>;
  readonly ageAfter: PhraseTable<true>;
  readonly comparativeBefore: PhraseTable<true>;
  readonly idioms: PhraseTable<true>;
}

/** The text of each `content/lexicons/time-*.txt` file, keyed by the part after `time-`. */
export interface TimescaleLexiconTexts {
  readonly units: string;
  readonly numbers: string;
  readonly qualifiers: string;
  readonly vague: string;
  readonly calendar: string;
  readonly anchors: string;
  readonly blockers: string;
}

interface Row {
  readonly file: string;
  readonly line: number;
  readonly fields: readonly string[];
}

/** Parses and indexes the timescale word lists; throws with file and line on a malformed entry. */
export function parseTimescaleLexicons(texts: TimescaleLexiconTexts): TimescaleLexicons {
  const qualifiers = rolePhrases(rows('time-qualifiers.txt', texts.qualifiers), [
    'before:up-to',
    'before:at-least',
    'before:as-written',
    'before:until',
    'after:up-to',
    'after:at-least',
    'after:as-written',
    'separator',
    'filler',
    'negation',
  ]);
  const calendar = rolePhrases(rows('time-calendar.txt', texts.calendar), ['name', 'before', 'after'], {
    caseFromCapitals: true,
  });
  const anchors = rolePhrases(rows('time-anchors.txt', texts.anchors), ['treatment', 'effect', 'link', 'point']);
  const blockers = rolePhrases(rows('time-blockers.txt', texts.blockers), [
    'frequency-before',
    'frequency-after',
    'age-before',
    'age-after',
    'comparative-before',
    'idiom',
  ]);
  const flagged = (roles: Map<string, string[]>, role: string): PhraseTable<true> =>
    phraseTable((roles.get(role) ?? []).map((phrase) => compilePhrase(phrase, true as const, hasCapital(phrase))));
  const bounded = <B extends string>(prefix: string, bounds: readonly B[]): PhraseTable<B> =>
    phraseTable(
      bounds.flatMap((bound) => (qualifiers.get(`${prefix}:${bound}`) ?? []).map((phrase) => compilePhrase(phrase, bound))),
    );

  return {
    units: phraseTable(rows('time-units.txt', texts.units).map(parseUnit)),
    numbers: phraseTable(rows('time-numbers.txt', texts.numbers).map(parseNumber)),
    before: bounded('before', ['up-to', 'at-least', 'as-written', 'until'] as const),
    after: bounded('after', ['up-to', 'at-least', 'as-written'] as const),
    separators: flagged(qualifiers, 'separator'),
    fillers: flagged(qualifiers, 'filler'),
    negations: flagged(qualifiers, 'negation'),
    vague: phraseTable(rows('time-vague.txt', texts.vague).map(parseVague)),
    calendarNames: flagged(calendar, 'name'),
    calendarBefore: flagged(calendar, 'before'),
    calendarAfter: flagged(calendar, 'after'),
    treatmentWords: flagged(anchors, 'treatment'),
    effectWords: flagged(anchors, 'effect'),
    links: flagged(anchors, 'link'),
    points: flagged(anchors, 'point'),
    frequencyBefore: flagged(blockers, 'frequency-before'),
    frequencyAfter: flagged(blockers, 'frequency-after'),
    ageBefore: flagged(blockers, 'age-before'),
    ageAfter: flagged(blockers, 'age-after'),
    comparativeBefore: flagged(blockers, 'comparative-before'),
    idioms: flagged(blockers, 'idiom'),
  };
}

/** The data lines of a lexicon file: `#` starts a comment, blank lines are skipped. */
function rows(file: string, text: string): Row[] {
  return text.split(/\r?\n/).flatMap((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    return line === '' ? [] : [{ file, line: index + 1, fields: line.split(/\s+/) }];
  });
}

function fail(row: Row, message: string): never {
  throw new Error(`content/lexicons/${row.file} line ${row.line}: ${message}`);
}

/** "1/60" or "730" as a fraction. */
function parseFraction(row: Row, field: string | undefined): { numerator: number; denominator: number } {
  const match = /^(\d+(?:\.\d+)?)(?:\/(\d+(?:\.\d+)?))?$/.exec(field ?? '');
  const numerator = Number(match?.[1]);
  const denominator = match?.[2] === undefined ? 1 : Number(match[2]);
  if (!match || !(numerator > 0) || !(denominator > 0)) fail(row, `"${field ?? ''}" is not a positive number or fraction`);
  return { numerator, denominator };
}

function parsePhase(row: Row, field: string | undefined): Phase {
  const phase = PhaseSchema.safeParse(field);
  if (!phase.success) fail(row, `"${field ?? ''}" is not a phase (${PhaseSchema.options.join(', ')})`);
  return phase.data;
}

const UNIT_FLAGS = new Set(['plural', 'abbreviation', 'digits', 'anchored']);

function parseUnit(row: Row): Phrase<TimeUnit> {
  const [spelling, hours, phase, ...flags] = row.fields;
  if (spelling === undefined) fail(row, 'missing spelling');
  for (const flag of flags) if (!UNIT_FLAGS.has(flag)) fail(row, `unknown flag "${flag}"`);
  const abbreviation = flags.includes('abbreviation');
  const unit: TimeUnit = {
    spelling,
    ...parseFraction(row, hours),
    barePhase: parsePhase(row, phase),
    plural: flags.includes('plural'),
    abbreviation,
    digitsOnly: abbreviation || flags.includes('digits'),
    anchored: flags.includes('anchored'),
  };
  return compilePhrase(spelling, unit, abbreviation);
}

function parseNumber(row: Row): Phrase<number> {
  const [value, ...phrase] = row.fields;
  if (phrase.length === 0) fail(row, 'missing phrase after the value');
  const { numerator, denominator } = parseFraction(row, value);
  return compilePhrase(phrase.join(' '), numerator / denominator);
}

function parseVague(row: Row): Phrase<Phase> {
  const [phase, ...phrase] = row.fields;
  if (phrase.length === 0) fail(row, 'missing phrase after the phase');
  return compilePhrase(phrase.join(' '), parsePhase(row, phase));
}

/** `role phrase...` lines grouped by role; an unknown role is an error. */
function rolePhrases(
  lines: readonly Row[],
  roles: readonly string[],
  options: { caseFromCapitals?: boolean } = {},
): Map<string, string[]> {
  const grouped = new Map<string, string[]>(roles.map((role) => [role, []]));
  for (const row of lines) {
    const [role, ...phrase] = row.fields;
    const group = role === undefined ? undefined : grouped.get(role);
    if (group === undefined) fail(row, `unknown role "${role ?? ''}" (expected ${roles.join(', ')})`);
    if (phrase.length === 0) fail(row, 'missing phrase after the role');
    const text = phrase.join(' ');
    group.push(options.caseFromCapitals === true ? text : text.toLowerCase());
  }
  return grouped;
}

function hasCapital(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase);
}
