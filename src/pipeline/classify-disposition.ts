import type { ClaimKind, ExclusionReason, HedgeLevel, SpeakerRole } from '../schemas/vocabulary.ts';
import { detectTimescales } from './detect-timescales.ts';
import { questionMarkAt } from './question-mark.ts';
import { compilePhrases, findAll, loadLexicon, matchesAny } from './lexicon.ts';
import type { Unit } from './split-sentences.ts';

/** What becomes of a unit: a claim of some kind, or an exclusion with its reason. */
export type Disposition =
  | { disposition: 'claim'; kind: ClaimKind }
  | { disposition: 'excluded'; reason: ExclusionReason };

/** What the disposition of a unit depends on besides its own text. */
export interface DispositionContext {
  /** Whose voice the unit is in: the source's own, or a section's (a quoted article, an abstract). */
  voice: SpeakerRole;
  /** The unit's hedge level, which separates interpretation from plain statement. */
  hedgeLevel: HedgeLevel;
  /** Whether running prose came before the unit, so that a heading heads a section, not the page. */
  afterProse?: boolean;
}

const boilerplate = loadLexicon('boilerplate');
const boilerplatePattern = compilePhrases(boilerplate);
const boilerplateMarkers = compilePhrases(loadLexicon('boilerplate-markers'));
const widgetWords = compilePhrases(loadLexicon('widget-words'));
const advertisement = compilePhrases(loadLexicon('advertisement'));
const metadata = loadLexicon('metadata');
const metadataPattern = compilePhrases(metadata);
const metadataOpeners = compilePhrases(loadLexicon('metadata-openers'));
const metadataMarkers = compilePhrases(loadLexicon('metadata-markers'));
const headlineVerbs = compilePhrases(loadLexicon('headline-verbs'));
const openQuestion = compilePhrases(loadLexicon('kind-open-question'));
const background = compilePhrases(loadLexicon('kind-background'));
const backgroundWeak = compilePhrases(loadLexicon('kind-background-weak'));
const explicitInterpretation = compilePhrases(loadLexicon('kind-interpretation-explicit'));
const studyWords = compilePhrases(loadLexicon('study-words'));
const method = compilePhrases(loadLexicon('kind-method'));
const finding = compilePhrases(loadLexicon('kind-finding'));
const interpretation = compilePhrases(loadLexicon('kind-interpretation'));

// Phone numbers in the common North American and international shapes, and e-mail addresses.
const PHONE = /(?<!\d)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)/u;
// Bounded and anchored at a word start: an unbounded local part backtracks quadratically on long runs of letters.
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,}/u;
const BARE_URL = /^(?:<)?(?:https?:\/\/|www\.)\S+(?:>)?$/iu;
const WEEKDAY_OR_MONTH =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/iu;
const PERSON_NAME = /^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;
const GLUED_WORDS = /\p{Ll}\p{Lu}\p{Ll}+\p{Lu}/u;
const AVATAR_PLACEHOLDER = /^\[[^\]\s]{1,8}\]$/u;
const EMOJI_CODE = /^:[a-z_+-]+:$/u;
const OPENING_CONCESSION = /^\W*(?:although|though|while|whereas|even though)\b[^,]*,/iu;
// Widget rows and breadcrumbs: pieces of a line set apart by these marks.
const WIDGET_SEPARATOR = /\s*[·|•]\s*/u;
const BREADCRUMB_SEPARATOR = /\s*[›»]\s*/u;
// "Posted May 6, 2016", "Edited May 7, 2016 by tmn_84": a post's date line.
const POSTING_VERB = /^(?:posted|edited|updated|last updated|published|last edited)(?:\s+on)?\s+/iu;
const BY_WHOM = /\s+by\s+\S+(?:\s+\S+)?$/iu;
// A forum user's handle on its own line: one token, lower case or with digits or underscores.
const HANDLE = /^(?=[\p{L}\d_.-]*[\p{Ll}\d_])(?:[\p{Ll}\d_.-]+|[\p{L}\d.-]*[\d_][\p{L}\d_.-]*)$/u;
// A question set in bold on its own: a FAQ's or an interview's label for the answer below it.
const BOLD_QUESTION = /^(?:\*\*|__)[^*_]+\?(?:\*\*|__)$/u;
const WH_OPENER = /^\W*(?:what|how|why|when|where|who|which)\b/iu;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * A phrase from a short-unit list matches when the unit is at most a few words longer than the
 * phrase, so that page furniture is caught and real sentences that mention it are not.
 */
function matchesShortUnit(pattern: RegExp, text: string): boolean {
  const unitWords = wordsOf(text).length;
  return findAll(pattern, text).some((match) => {
    const phraseWords = wordsOf(match.text).length;
    return unitWords <= phraseWords + Math.min(3, phraseWords - 1);
  });
}

/** Whether a line is a row of widget words ("Reply · Share · Like 4"), counts aside. */
function isWidgetRow(text: string): boolean {
  const pieces = text.split(WIDGET_SEPARATOR).map((piece) => piece.replace(/[\s\d]+$/u, '').trim());
  if (pieces.length < 2) return false;
  return pieces.every((piece) => piece === '' || piece.split(/\s*:\s*|\s+/u).every((word) => word === '' || matchesShortUnit(widgetWords, word)));
}

/** Whether a line is a breadcrumb trail ("Home › Forums › Ketamine"): short pieces, no sentence. */
function isBreadcrumb(text: string): boolean {
  const pieces = text.split(BREADCRUMB_SEPARATOR);
  return pieces.length >= 3 && pieces.every((piece) => wordsOf(piece).length <= 5 && !/[.!?]$/u.test(piece));
}

/** Whether a line is a post's date line, with its verb and, perhaps, who did it. */
function isPostingLine(text: string): boolean {
  if (!POSTING_VERB.test(text)) return false;
  return WEEKDAY_OR_MONTH.test(text.replace(POSTING_VERB, '').replace(BY_WHOM, '').trim());
}

/** The exclusion reason a unit's own text calls for, if any. */
export function exclusionOf(unit: Pick<Unit, 'text' | 'unitType' | 'standalone'>, voice: SpeakerRole, afterProse = false): ExclusionReason | null {
  const text = unit.text;
  if (!/[\p{L}\p{N}]/u.test(text) || AVATAR_PLACEHOLDER.test(text) || EMOJI_CODE.test(text)) return 'boilerplate';
  if (PHONE.test(text) || EMAIL.test(text) || matchesAny(advertisement, text)) return 'advertisement';
  if (matchesAny(boilerplateMarkers, text) || GLUED_WORDS.test(text) || matchesShortUnit(boilerplatePattern, text)) return 'boilerplate';
  if (isWidgetRow(text) || isBreadcrumb(text)) return 'boilerplate';
  if (BARE_URL.test(text) || WEEKDAY_OR_MONTH.test(text) || isPostingLine(text) || matchesAny(metadataMarkers, text)) return 'metadata';
  if (voice === 'forum' && unit.standalone && text.length >= 3 && text.length <= 30 && HANDLE.test(text)) return 'metadata';
  if (unit.standalone && BOLD_QUESTION.test(text)) return 'metadata';
  // A section's heading that asks or names a question ("What the team did", "How does it
  // work?") labels the answer below it; the page's own title may assert ("How ketamine helps
  // depression quickly and over time").
  if (unit.unitType === 'heading' && afterProse && (WH_OPENER.test(text) || questionMarkAt(text) !== null)) return 'metadata';
  if (matchesShortUnit(metadataPattern, text) || /^\(?(?:image|photo)?\s*credit/iu.test(text.replace(/^\W+/u, ''))) return 'metadata';
  // "Image: a laboratory mouse.": a short caption that says what a picture shows.
  if (/^\W*(?:image|photo|picture|illustration|caption)\s*:/iu.test(text) && wordsOf(text).length <= 8) return 'metadata';
  if (/\((?:image|photo)\s+credit[^)]*\)$/iu.test(text) && wordsOf(text).length <= 8) return 'metadata';
  if (PERSON_NAME.test(text)) return 'metadata';
  if (unit.unitType !== 'sentence' && matchesAny(metadataOpeners, text)) return 'metadata';
  // A title without a verb labels something (a paper's title, a section) rather than asserts.
  // Forum posts are exempt: a participant's words are commentary, whatever their grammar.
  if (voice !== 'forum' && (unit.unitType === 'heading' || (unit.unitType === 'fragment' && unit.standalone) || /:$/u.test(text)) && !matchesAny(headlineVerbs, text)) {
    return 'metadata';
  }
  return null;
}

/**
 * The disposition of one unit from its own text, its voice and its hedge level. Exclusions come
 * first, from word lists and patterns; then the kind of claim, from the strongest cue: a
 * heading that asserts is a headline, a forum post or a site's promotion is commentary, then
 * open question, method, background, interpretation and finding in that order of precedence.
 * Duplicates are found across units by `findDuplicates`, not here.
 */
export function classifyDisposition(unit: Pick<Unit, 'text' | 'unitType' | 'standalone'>, context: DispositionContext): Disposition {
  const exclusion = exclusionOf(unit, context.voice, context.afterProse);
  if (exclusion) {
    return { disposition: 'excluded', reason: exclusion };
  }
  return { disposition: 'claim', kind: claimKindOf(unit, context) };
}

// A trailing participle clause ("…, suggesting that X may…") interprets the result before it;
// the result decides the kind.
const TRAILING_INFERENCE = /,\s+(?:suggesting|indicating|implying|which suggests|which indicates)\b.*$/isu;

/**
 * The kind of a unit known to be a claim, by precedence: a forum post or a site's promotion
 * is commentary; an asserting title is a headline; then an open question, earlier or
 * established knowledge, a result (unless the unit explicitly proposes), what was done, a
 * proposal or hedged statement, a definition; and last, a statement about a treatment or the
 * study's subjects is taken as a finding and any other statement as background.
 */
export function claimKindOf(unit: Pick<Unit, 'text' | 'unitType'>, context: DispositionContext): ClaimKind {
  const text = unit.text;
  if (context.voice === 'forum' || context.voice === 'publisher') return 'commentary';
  if (unit.unitType === 'heading') return 'headline';
  const mainClause = text.replace(OPENING_CONCESSION, '');
  if (matchesAny(openQuestion, mainClause) || questionMarkAt(text) !== null) return 'open-question';
  if (matchesAny(background, text) && !/\b(?:we|our)\b/iu.test(text)) return 'background';
  const reported = mainClause.replace(TRAILING_INFERENCE, '');
  const findingCue = matchesAny(finding, reported);
  const methodCue = matchesAny(method, text);
  const proposes = matchesAny(explicitInterpretation, reported);
  if (findingCue && !proposes) return 'finding';
  if (methodCue && !proposes) return 'method';
  if (proposes || matchesAny(interpretation, text) || context.hedgeLevel !== 'asserted') return 'interpretation';
  if (matchesAny(backgroundWeak, text)) return 'background';
  // A statement placed at a time after the dose ("The effect was still there 24 hrs later")
  // reports what was seen then.
  return matchesAny(studyWords, text) || detectTimescales(text).length > 0 ? 'finding' : 'background';
}

/**
 * Short units stranded between pieces of page furniture ("For every child" between a betting
 * ad and "latest", "It's easy!" between two sign-up prompts) are furniture too: they take the
 * reason of the unit before them.
 */
export function excludeStrandedFragments(units: readonly Unit[], dispositions: Disposition[]): Disposition[] {
  return dispositions.map((disposition, index) => {
    const unit = units[index]!;
    if (disposition.disposition !== 'claim' || wordsOf(unit.text).length > 4) return disposition;
    const before = dispositions[index - 1];
    const after = dispositions[index + 1];
    const furniture = (candidate: Disposition | undefined): candidate is { disposition: 'excluded'; reason: ExclusionReason } =>
      candidate?.disposition === 'excluded' && (candidate.reason === 'advertisement' || candidate.reason === 'boilerplate');
    if (furniture(before) && (after === undefined || furniture(after))) return { disposition: 'excluded', reason: before.reason };
    return disposition;
  });
}
