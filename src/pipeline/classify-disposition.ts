import type { ClaimKind, ExclusionReason, HedgeLevel, SpeakerRole } from '../schemas/vocabulary.ts';
import { questionMarkAt } from './question-mark.ts';
import { compilePhrases, findAll, loadLexicon, matchesAny } from './lexicon.ts';
import type { ListSection } from './list-sections.ts';
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
  /** The kind of list the unit stands under, named by the label above it (src/pipeline/list-sections.ts). */
  listSection?: ListSection | null;
  /**
   * Whether the unit places what it says at a time after something ("A day later", "within a
   * couple of hours", "24 hrs later"), as against a duration ("takes about 40 minutes").
   */
  timedAfter?: boolean;
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

// Phone numbers in the common North American and international shapes, national numbers with a
// leading 0 in groups ("0300 123 4567", "020 7946 0958"), and e-mail addresses.
const PHONE = /(?<!\d)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)|(?<![\d.,])0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}(?!\d)/u;
// Bounded and anchored at a word start: an unbounded local part backtracks quadratically on long runs of letters.
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,}/u;
const BARE_URL = /^(?:<)?(?:https?:\/\/|www\.)\S+(?:>)?$/iu;
// A calendar date: "May 6, 2016", "14 March 2024", "2024-03-14".
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
// A line that is a date and nothing else, perhaps with its weekday or in figures.
const WEEKDAY_OR_MONTH = new RegExp(`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?(?:${DATE}|\\d{1,2}\\/\\d{1,2}\\/\\d{2,4})$`, 'iu');
const PERSON_NAME = /^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;
const GLUED_WORDS = /\p{Ll}\p{Lu}\p{Ll}+\p{Lu}/u;
const AVATAR_PLACEHOLDER = /^\[[^\]\s]{1,8}\]$/u;
// Footnote markers left on their own ("[^2]", "[^1][^3]"): pointers into the reference list.
const FOOTNOTE_MARKERS = /^(?:\[\^[^\]\s]{1,16}\])+$/u;
const EMOJI_CODE = /^:[a-z_+-]+:$/u;
const OPENING_CONCESSION = /^\W*(?:although|though|while|whereas|even though)\b[^,]*,/iu;
// Widget rows and breadcrumbs: pieces of a line set apart by these marks, on a line no longer than this.
const MAX_ROW_LENGTH = 200;
const WIDGET_SEPARATOR = /\s*[·|•]\s*/u;
// A plain ">" separates a breadcrumb's pieces only with spaces around it; at a line's start it quotes.
const BREADCRUMB_SEPARATOR = /\s*[›»]\s*|\s+>\s+/u;
// A date inside a line, with a clock time after it ("14 March 2024, 09:12").
const DATE_IN_LINE = new RegExp(`\\b${DATE}(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?`, 'iu');
const BY_WHOM = /\bby\s+\S+(?:\s+\S+)?\s*$/iu;
// "3 hours ago", "1 hour ago", "just now": when a comment was posted.
const RELATIVE_TIME = /^(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$|^(?:just now|yesterday|today)$/iu;
// "9 min read", "5-minute read".
const READING_TIME = /^\d+[\s-]*(?:min|minute)s?\s+read$/iu;
// Vote and count widgets: arrows, stars and numbers only ("▲ 148 ▼", "★★★★☆").
const VOTE_WIDGET = /^[\s\d▲▼△▽↑↓⬆⬇★☆+−-]+$/u;
// "20% off": a discount.
const DISCOUNT = /\d\s?%\s+off\b/iu;
// A reference in a list: "Li N et al. (2010).", "Autry AE and Monteggia LM (2011)", or a
// journal, volume and pages: "Nature 475:91-95.", "2010;329(5994):959–964."
const CITATION = /^(?:[-*•]\s+)?\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}{1,3}\s+)?(?:et al\.?|and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}{1,3})?)\s*\(\d{4}\)(?:\.|$)|^(?:[-*•]\s+)?(?:\p{Lu}[\p{L}.&]*\s+){1,4}\d+(?:\(\d+\))?:\s?\d+[-–]\d+\.?$|^\d{4};\s*\d+(?:\(\d+\))?:\s*\d+[-–]\d+/u;
// A price on a short line, or one addressed to the reader: "from $399 per session".
const PRICE = /(?:[$£€]\s?\d|\d\s?(?:usd|eur|gbp)\b)/iu;
// A forum user's handle: one token of lower-case letters, or of letters with digits or
// underscores, ending in neither a full stop nor a question mark ("tmn_84", "quietriver").
const HANDLE = /^(?=\p{L})(?=[\p{L}\d_.-]*[\p{Ll}\d_])(?:[\p{Ll}\d_.-]*[\p{Ll}\d_]|[\p{L}\d.-]*[\d_][\p{L}\d_.-]*[\p{L}\d_])$/u;
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

/** Whether a token is a handle that only a handle looks like: with digits or underscores ("tmn_84"). */
function isMarkedHandle(text: string): boolean {
  return /[\d_]/u.test(text) && HANDLE.test(text);
}

/** Counts in parentheses and bare numbers taken out: "Comments (212)", "Show 2 more replies". */
export function withoutCounts(text: string): string {
  return text.replace(/\(\d[\d,.]*\)|(?<![\p{L}\d])\d[\d,.]*(?![\p{L}\d])/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/** Whether one piece of a row is a widget: buttons, votes and counts. */
function isWidgetPiece(piece: string): boolean {
  const words = withoutCounts(piece);
  if (VOTE_WIDGET.test(piece) || words === '' || matchesShortUnit(widgetWords, words)) return true;
  return words.split(/\s*:\s*|\s+/u).every((word) => word === '' || matchesShortUnit(widgetWords, word));
}

/** Whether one piece of a row says who or when: a byline, a handle, a date, a relative or reading time. */
function isWhoOrWhenPiece(piece: string): boolean {
  return (
    WEEKDAY_OR_MONTH.test(piece) ||
    RELATIVE_TIME.test(piece) ||
    READING_TIME.test(piece) ||
    /^by\s+\S/iu.test(piece) ||
    /\b(?:19|20)\d{2}\b|^(?:issue|vol|volume|no)\.?\s+\d/iu.test(piece) ||
    (wordsOf(piece).length === 1 && isMarkedHandle(piece))
  );
}

/** Whether one piece of a row is a short name: a section, a page, an outlet ("Privacy policy"), a handle. */
function isTitlePiece(piece: string): boolean {
  const words = wordsOf(piece);
  if (words.length === 1 && HANDLE.test(piece)) return true;
  return words.length <= 4 && !/[.!?]$/u.test(piece) && /^[\p{Lu}\d&]/u.test(words[0] ?? '');
}

/**
 * A row of pieces set apart by "·", "|" or "•", every piece page furniture: buttons and counts
 * ("▲ 148 ▼ · Reply · Share") and navigation, three or more short names ("About us | Contact |
 * Privacy policy"), are boilerplate; a row that says who or when ("maple_and_rust · 20 minutes
 * ago", "By Lena Farrow · 14 May 2024 · 9 min read", "The Morning Ledger · Health") is metadata.
 * Null when some piece is prose.
 */
function rowReason(text: string): ExclusionReason | null {
  // Rows are short; the guard also keeps the split's white-space runs off a hostile long line.
  if (text.length > MAX_ROW_LENGTH || !/[·|•]/u.test(text)) return null;
  const pieces = text.split(WIDGET_SEPARATOR).map((piece) => piece.trim()).filter((piece) => piece !== '');
  if (pieces.length < 2) return null;
  if (pieces.every(isWidgetPiece)) return 'boilerplate';
  if (!pieces.every((piece) => isWidgetPiece(piece) || isTitlePiece(piece) || isWhoOrWhenPiece(piece))) return null;
  return pieces.length >= 3 && !pieces.some(isWhoOrWhenPiece) ? 'boilerplate' : 'metadata';
}

/** Whether a line is a breadcrumb trail ("Home › Forums › Ketamine", "Home > Support > Treatments"): short pieces, no sentence. */
function isBreadcrumb(text: string): boolean {
  if (text.length > MAX_ROW_LENGTH || !/[›»]|\s>\s/u.test(text)) return false;
  const pieces = text.split(BREADCRUMB_SEPARATOR);
  return pieces.length >= 3 && pieces.every((piece) => wordsOf(piece).length <= 5 && !/[.!?]$/u.test(piece));
}

/**
 * Whether a line is a date line: a date (and clock time, and who) with at most three words
 * around it and no sentence ("Posted May 6, 2016", "Edited May 7, 2016 by tmn_84", "Comments
 * opened 14 March 2024, 09:12", "Last reviewed: 3 March 2024").
 */
function isDateLine(text: string): boolean {
  if (!DATE_IN_LINE.test(text) || /[.!?]$/u.test(text)) return false;
  const rest = text.replace(DATE_IN_LINE, ' ').replace(BY_WHOM, ' ');
  return wordsOf(rest).length <= 3;
}

/** The exclusion reason a unit's own text calls for, if any. */
export function exclusionOf(unit: Pick<Unit, 'text' | 'unitType' | 'standalone'>, voice: SpeakerRole, afterProse = false, listSection: ListSection | null = null): ExclusionReason | null {
  const text = unit.text;
  // Under "References" every entry is a citation, whatever its title asserts, but a row of
  // links after the list is the page's footer; under "Related articles" every item is a promo
  // for another page.
  if (listSection === 'references') return rowReason(text) === 'boilerplate' ? 'boilerplate' : 'metadata';
  if (listSection === 'promotions') return 'advertisement';
  if (FOOTNOTE_MARKERS.test(text)) return 'metadata';
  if (!/[\p{L}\p{N}]/u.test(text) || AVATAR_PLACEHOLDER.test(text) || EMOJI_CODE.test(text)) return 'boilerplate';
  // A row of links is navigation even when one of them says "Subscribe"; a shorter row that
  // promotes ("Sponsored · Harbor Mind Clinics") is an advertisement.
  const row = rowReason(text);
  if (row === 'boilerplate') return row;
  if (PHONE.test(text) || EMAIL.test(text) || matchesAny(advertisement, text)) return 'advertisement';
  if (row !== null) return row;
  if (PRICE.test(text) && (wordsOf(text).length <= 10 || /\byour?\b/iu.test(text))) return 'advertisement';
  if (DISCOUNT.test(text) || /^\W*[★☆]/u.test(text)) return 'advertisement';
  if (matchesAny(boilerplateMarkers, text) || GLUED_WORDS.test(text) || matchesShortUnit(boilerplatePattern, withoutCounts(text))) return 'boilerplate';
  if (isBreadcrumb(text)) return 'boilerplate';
  if (BARE_URL.test(text) || WEEKDAY_OR_MONTH.test(text) || isDateLine(text) || CITATION.test(text) || matchesAny(metadataMarkers, text)) return 'metadata';
  if (voice === 'forum' && unit.standalone && text.length >= 3 && text.length <= 30 && isMarkedHandle(text)) return 'metadata';
  if (unit.standalone && BOLD_QUESTION.test(text)) return 'metadata';
  // A section's heading that asks, or names a question in a few words ("What the team did",
  // "How does it work?"), labels the answer below it; a longer one may assert ("How ketamine
  // rebuilds synapses within 24 hours"), and so may the page's own title.
  if (unit.unitType === 'heading' && afterProse && (questionMarkAt(text) !== null || (WH_OPENER.test(text) && wordsOf(text).length <= 4))) return 'metadata';
  if (matchesShortUnit(metadataPattern, text) || /^\(?(?:image|photo)?\s*credit/iu.test(text.replace(/^\W+/u, ''))) return 'metadata';
  // "Image: a laboratory mouse.", "Photograph: J. Smith/Agency": a short caption or credit line.
  if (/^\W*(?:image|photo|photograph|picture|illustration|caption)\s*:/iu.test(text) && wordsOf(text).length <= 8) return 'metadata';
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
  const exclusion = exclusionOf(unit, context.voice, context.afterProse, context.listSection ?? null);
  if (exclusion) {
    return { disposition: 'excluded', reason: exclusion };
  }
  return { disposition: 'claim', kind: claimKindOf(unit, context) };
}

/**
 * Whether a unit states context known before any study (an approval, earlier research): a
 * headline that does ("FDA approves a nasal spray for depression") reports no study either.
 */
export function statesBackground(text: string): boolean {
  return matchesAny(background, text);
}

// A trailing participle clause ("…, suggesting that X may…") interprets the result before it;
// the result decides the kind.
const TRAILING_INFERENCE = /,\s+(?:suggesting|indicating|implying|which suggests|which indicates)\b.*$/isu;
// "Esketamine is a nasal form of the drug": a name, then what it is. A definition, as context
// ("This is a big step" points back and judges, it does not define).
const DEFINITION = /^\W*(?!(?:This|That|These|Those)\s)\p{Lu}[\p{L}\d-]*\s+(?:is|are)\s+(?:a|an|one of)\s/u;
// "You will be monitored for two hours": the reader addressed, told what to expect, not a result.
const ADDRESSES_READER = /\b(?:you|your)\b/iu;

/**
 * The kind of a unit known to be a claim, by precedence: a forum post or a site's promotion
 * is commentary; an asserting title is a headline; then an open question, earlier or
 * established knowledge, a result (unless the unit explicitly proposes), what was done, a
 * proposal or hedged statement, a definition or a word to the reader; and last, a statement about a treatment or the
 * study's subjects is taken as a finding and any other statement as background.
 */
export function claimKindOf(unit: Pick<Unit, 'text' | 'unitType'>, context: DispositionContext): ClaimKind {
  const text = unit.text;
  // A page's own title heads it before any prose, a forum's too: it asserts as a headline does.
  if (unit.unitType === 'heading' && !context.afterProse) return 'headline';
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
  if (matchesAny(backgroundWeak, text) || DEFINITION.test(text) || ADDRESSES_READER.test(text)) return 'background';
  // A statement placed at a time after something ("A day later, the neurons had sprouted more
  // spines") reports what was seen then.
  return matchesAny(studyWords, text) || context.timedAfter === true ? 'finding' : 'background';
}

/**
 * A forum line of one lower-case word right above a post's date line ("quietriver" over "Posted
 * May 6, 2016") is the poster's handle, not a one-word reply: it is metadata too.
 */
export function excludeHandles(units: readonly Pick<Unit, 'text' | 'standalone'>[], dispositions: Disposition[], voices: readonly SpeakerRole[]): Disposition[] {
  return dispositions.map((disposition, index) => {
    const unit = units[index]!;
    const next = units[index + 1];
    if (disposition.disposition !== 'claim' || voices[index] !== 'forum' || !unit.standalone || unit.text.length > 30 || !HANDLE.test(unit.text)) return disposition;
    return next !== undefined && isDateLine(next.text) ? { disposition: 'excluded', reason: 'metadata' } : disposition;
  });
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

/**
 * A sentence between two advertisements of the same paragraph is part of the promotion ("This
 * episode is brought to you by X. X mattresses adapt to your body overnight. Use code Y for 20%
 * off."): it is an advertisement too.
 */
export function excludePromotionMiddles(units: readonly Pick<Unit, 'block'>[], dispositions: Disposition[]): Disposition[] {
  const advertisementIn = (index: number, block: number) => {
    const candidate = dispositions[index];
    return candidate?.disposition === 'excluded' && candidate.reason === 'advertisement' && units[index]!.block === block;
  };
  return dispositions.map((disposition, index) => {
    const block = units[index]!.block;
    if (disposition.disposition !== 'claim' || !advertisementIn(index - 1, block) || !advertisementIn(index + 1, block)) return disposition;
    return { disposition: 'excluded', reason: 'advertisement' };
  });
}

// "![A nasal spray](spray.jpg)": a unit that is an image and nothing else.
const IMAGE_ONLY = /^!\[[^\]]*\]\([^)]*\)$/u;
// "*A device of the kind used ...": a paragraph set in italics or emphasis from its start.
const EMPHASIS_OPENER = /^[*_](?![*_\s])/u;
// "**Correction:** An earlier version ...", "Clarification:".
const NOTICE_OPENER = /^[*_\s]*(?:correction|clarification)s?\s*[*_]*:/iu;

/**
 * Paragraphs that describe the page, not the subject, are metadata throughout (CLAIMS.md:
 * image credits, corrections): an italic paragraph right under an image is its caption and
 * credit ("*A nasal spray device ... Photograph: ...*"), and a paragraph that opens as a
 * correction notice is the notice, its second sentence too ("It was announced on Tuesday.").
 */
export function excludeCaptionsAndNotices(units: readonly Pick<Unit, 'text' | 'block'>[], dispositions: Disposition[]): Disposition[] {
  const firstOfBlock = new Map<number, number>();
  units.forEach((unit, index) => {
    if (!firstOfBlock.has(unit.block)) firstOfBlock.set(unit.block, index);
  });
  const describesPage = (block: number): boolean => {
    const first = firstOfBlock.get(block)!;
    const opener = units[first]!.text;
    if (NOTICE_OPENER.test(opener)) return true;
    const before = units[first - 1];
    return EMPHASIS_OPENER.test(opener) && before !== undefined && IMAGE_ONLY.test(before.text) && firstOfBlock.get(before.block) === first - 1;
  };
  return dispositions.map((disposition, index) => (disposition.disposition === 'claim' && describesPage(units[index]!.block) ? { disposition: 'excluded', reason: 'metadata' } : disposition));
}
