import type { Claim } from '../schemas/claim.ts';
import type { Species } from '../schemas/vocabulary.ts';
import type { ContentWord } from './content-words.ts';
import { relateTimescales, type TimescaleRelation } from './compare-timescales.ts';
import { changeConceptKinds, oppositeConceptKeys } from './findings-lexicons.ts';
import { causesConflict, type Cause } from './cause-of.ts';
import { directionsConflict, type Direction } from './direction-of.ts';
import { pacesConflict } from './pace-of.ts';
import { CHANGE_AGREEMENT, CONTEXT_KEY_WEIGHT, CONTEXT_NEEDS_WORDS, SHARED_WEIGHT_NEEDED, SIMILARITY_WEIGHTS, TIMESCALE_SCORES, UNSHARED_WEIGHT } from './similarity-weights.ts';
import type { Statement } from './split-statements.ts';

/** A statement ready to compare (src/findings/comparable-statement.ts): its content words, their keys, its changes and its topics. */
export interface ComparableStatement extends Statement {
  words: readonly ContentWord[];
  /** Content word keys and time keys (`@12h`, `~hours`). */
  keys: ReadonlySet<string>;
  /** Keys borrowed from the sentence it points back at, none of them in `keys`. */
  contextKeys: ReadonlySet<string>;
  /** Both, with how much each counts: 1 for its own, CONTEXT_KEY_WEIGHT for borrowed ones. */
  counts: KeyCounts;
  /** The change concepts it reports (content/lexicons/findings-change-concepts.txt). */
  changes: ReadonlySet<string>;
  /** What made the change it reports: its named cause, when it reports a change at all (src/findings/cause-of.ts). */
  cause: Cause | null;
  /** Which way its change goes (src/findings/direction-of.ts). */
  direction: Direction | null;
  topicSet: ReadonlySet<string>;
}

/**
 * Why a pair can never be the same finding, whatever its words:
 * - `same-claim`: a claim and one of its own parts (src/findings/split-statements.ts);
 * - `study`: two different primary studies, each reported as such (see isGeneral: a general
 *   fact or earlier work can be told by a source about any study);
 * - `species`: two different populations, each named by the sentence itself (mice against people);
 * - `timescale`: times that cannot be the same moment, by their numbers or phases, or one
 *   telling stressing speed and the other delay (src/findings/pace-of.ts);
 * - `cause`: two different causes of the change each reports, stress, a drug or a deliberate
 *   manipulation (src/findings/cause-of.ts): "stressed mice lost spines" and "ketamine restored
 *   the lost spines" share most of their words but report two results;
 * - `direction`: one reports a loss and the other a gain, or one no effect and the other a
 *   change (src/findings/direction-of.ts): a control and the experiment it controls for.
 * The kind of claim is no veto: a headline and its lede, a method step and the result it
 * produced, a known fact and an open question about it can all tell one thing.
 */
export type Veto = 'same-claim' | 'study' | 'species' | 'timescale' | 'cause' | 'direction';

/** A pair's score and its parts, each part from 0 to 1 before weighting. */
export interface PairScore {
  score: number;
  veto: Veto | null;
  words: number;
  timescale: TimescaleRelation;
  study: number;
  species: number;
}

/** How two species relate: 1 the same, 0.5 compatible, 0 one unknown, null incompatible. */
export function relateSpecies(a: Species, b: Species): number | null {
  if (a === 'none' || b === 'none') return 0;
  if (a === b) return 1;
  if (a === 'mixed' || b === 'mixed') return 0.5;
  const rodent = (species: Species) => species === 'mouse' || species === 'rat';
  if ((a === 'animal' && rodent(b)) || (b === 'animal' && rodent(a))) return 0.5;
  return null;
}

/**
 * Whether a claim states a general fact rather than a result of one primary study: it reports
 * earlier work (no study), or names no population at all ("ketamine relieves depression within
 * hours", "no one is sure how it does so"). Sources about different studies retell the same
 * general facts, so these may match across studies.
 */
export function isGeneral(claim: Pick<Claim, 'study' | 'species'>): boolean {
  return claim.study === null || claim.species === 'none';
}

/**
 * The species a claim's own text names; null when it is only inferred, from the passage around
 * it (`context`) or the study's record (`study`), or there is none. A species the sentence never
 * states cannot contradict another: "this helps lift a person's mood" in an article about a
 * mouse study, or "ketamine relieves depressive symptoms rapidly" at the head of a mouse paper's
 * abstract, which states what is known of patients.
 */
export function statedSpecies(claim: Pick<Claim, 'species' | 'speciesBasis'>): Species | null {
  return claim.speciesBasis === 'sentence' ? claim.species : null;
}

/** Why two statements can never be one finding, or null; depends only on the two claims' fields and times. */
export function vetoOf(a: ComparableStatement, b: ComparableStatement): Veto | null {
  if (a.claim.id === b.claim.id) return 'same-claim';
  if (!isGeneral(a.claim) && !isGeneral(b.claim) && a.claim.study !== b.claim.study) return 'study';
  const speciesA = statedSpecies(a.claim);
  const speciesB = statedSpecies(b.claim);
  if (speciesA !== null && speciesB !== null && relateSpecies(speciesA, speciesB) === null) return 'species';
  if (relateTimescales(a.timescales, b.timescales) === 'conflict' || pacesConflict(a.pace, b.pace)) return 'timescale';
  if (causesConflict(a.cause, b.cause)) return 'cause';
  if (directionsConflict(a.direction, b.direction)) return 'direction';
  return null;
}

/** Keys with how much each counts: 1 for a statement's own, less for borrowed context. */
export type KeyCounts = ReadonlyMap<string, number>;

/** A statement's keys as counts: its own at 1, its borrowed context at CONTEXT_KEY_WEIGHT. */
export function keyCounts(keys: ReadonlySet<string>, contextKeys: ReadonlySet<string> = new Set()): KeyCounts {
  const counts = new Map<string, number>();
  for (const key of contextKeys) counts.set(key, CONTEXT_KEY_WEIGHT);
  for (const key of keys) counts.set(key, 1);
  return counts;
}

/** The summed weights of two statements' keys, and of the keys they share (each at the lesser count). */
export interface Overlap {
  shared: number;
  /** The shared weight of content words alone, times left out (isTimeKey). */
  sharedWords: number;
  first: number;
  second: number;
}

/** Whether a key stands for a time (`@12h`, `~hours`: src/findings/comparable-statement.ts) rather than a word. */
export function isTimeKey(key: string): boolean {
  return key.startsWith('@') || key.startsWith('~');
}

/** The overlap of two sets of key counts. */
export function weighOverlap(a: KeyCounts, b: KeyCounts, weightOf: (key: string) => number): Overlap {
  let shared = 0;
  let sharedWords = 0;
  let first = 0;
  let second = 0;
  for (const [key, count] of a) {
    const weight = weightOf(key);
    first += weight * count;
    const other = b.get(key);
    if (other === undefined) continue;
    shared += weight * Math.min(count, other);
    if (!isTimeKey(key)) sharedWords += weight * Math.min(count, other);
  }
  for (const [key, count] of b) second += weightOf(key) * count;
  return { shared, sharedWords, first, second };
}

/**
 * How alike two statements' words are, from 0 to 1: the weight they share against the weight
 * each has alone, `shared / (shared + UNSHARED_WEIGHT * sqrt(onlyFirst * onlySecond))`. A short
 * retelling of a long sentence ("the stressed-out mice lost a lot of synapses" against the
 * abstract's forty words) keeps the credit for what it shares, since only one side has much
 * weight alone; two long statements that share one rare word do not.
 */
export function wordSimilarity({ shared, first, second }: Pick<Overlap, 'shared' | 'first' | 'second'>): number {
  if (shared === 0) return 0;
  return shared / (shared + UNSHARED_WEIGHT * Math.sqrt(Math.max(0, first - shared) * Math.max(0, second - shared)));
}

/**
 * How far two statements' changes let their shared words count (CHANGE_AGREEMENT): fully when
 * they report a change in common or one reports none; less when they report different changes
 * ("spines play a role in maintaining remission" against "spines formed 12 to 24 hours after");
 * least when one reports a change the other reverses ("stress removed spines" against "ketamine
 * restored the lost spines": content/lexicons/findings-opposite-concepts.txt).
 */
export function changeAgreement(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  kinds: ReadonlyMap<string, string> = changeConceptKinds,
  opposites: ReadonlyMap<string, readonly string[]> = oppositeConceptKeys,
): number {
  if (a.size === 0 || b.size === 0) return 1;
  if (reverses(a, b, opposites) || reverses(b, a, opposites)) return CHANGE_AGREEMENT.opposite;
  // Loops, not spread sets: this runs for every candidate pair, over a million on a large corpus.
  for (const first of a) {
    const kind = kinds.get(first) ?? first;
    for (const second of b) if ((kinds.get(second) ?? second) === kind) return 1;
  }
  return CHANGE_AGREEMENT.different;
}

/** Whether `first` reports a change, not in `second`, whose opposite `second` reports and `first` does not. */
function reverses(first: ReadonlySet<string>, second: ReadonlySet<string>, opposites: ReadonlyMap<string, readonly string[]>): boolean {
  for (const change of first) {
    if (second.has(change)) continue;
    for (const opposite of opposites.get(change) ?? []) if (second.has(opposite) && !first.has(opposite)) return true;
  }
  return false;
}

/**
 * How likely two statements are to report the same finding, with the parts that make the
 * score (SIMILARITY_WEIGHTS) and the veto that rules the pair out, if any. Words are the
 * evidence: their similarity, kept in full only when the statements report the same kind of
 * change (changeAgreement) and share enough weight (SHARED_WEIGHT_NEEDED). Agreement on time,
 * study and species adds to it in proportion to the words (CONTEXT_NEEDS_WORDS), so two
 * statements that share no key score 0, however alike their study and species, and a shared
 * time counts as one key among the others, not as a score of its own. `weightOf` weighs a key
 * (IDF times CHANGE_WEIGHT: src/findings/find-findings.ts).
 */
export function scorePair(a: ComparableStatement, b: ComparableStatement, weightOf: (key: string) => number): PairScore {
  return scoreFromOverlap(a, b, weighOverlap(a.counts, b.counts, weightOf));
}

/** The score of a pair whose key overlap is already weighed (src/findings/pair-scorer.ts weighs it fast). */
export function scoreFromOverlap(a: ComparableStatement, b: ComparableStatement, overlap: Overlap): PairScore {
  const words = overlap.shared === 0 ? 0 : wordSimilarity(overlap) * changeAgreement(a.changes, b.changes) * Math.min(1, overlap.shared / SHARED_WEIGHT_NEEDED);
  const timescale = relateTimescales(a.timescales, b.timescales);
  const species = relateSpecies(a.claim.species, b.claim.species) ?? 0;
  const study = a.claim.study !== null && a.claim.study === b.claim.study ? 1 : 0;
  const veto = vetoOf(a, b);

  const context = SIMILARITY_WEIGHTS.timescale * TIMESCALE_SCORES[timescale] + SIMILARITY_WEIGHTS.study * study + SIMILARITY_WEIGHTS.species * species;
  const score = SIMILARITY_WEIGHTS.words * words + context * Math.min(1, words / CONTEXT_NEEDS_WORDS);
  return { score: veto === null ? score : 0, veto, words, timescale, study, species };
}
