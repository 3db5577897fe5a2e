import type { Species } from '../schemas/vocabulary.ts';
import type { ContentWord } from './content-words.ts';
import { relateTimescales, type TimescaleRelation } from './compare-timescales.ts';
import { KIND_FAMILIES, SIMILARITY_WEIGHTS, TIMESCALE_SCORES } from './similarity-weights.ts';
import type { Statement } from './split-statements.ts';

/** A statement ready to compare: its content words, their keys and its topics, as sets. */
export interface ComparableStatement extends Statement {
  words: readonly ContentWord[];
  keys: ReadonlySet<string>;
  topicSet: ReadonlySet<string>;
}

/** How much sharing a content word or a topic says (src/findings/weigh-words.ts). */
export interface Weights {
  word: (key: string) => number;
  topic: (topic: string) => number;
}

/**
 * Why a pair can never be the same finding, whatever its words:
 * - `same-claim`: a claim and one of its own parts (src/findings/split-statements.ts);
 * - `kind`: a result against a method, earlier work or an open question (KIND_FAMILIES);
 * - `study`: two different primary studies, or a study against earlier work;
 * - `species`: two different populations named (mice against people);
 * - `timescale`: times that cannot be the same moment.
 */
export type Veto = 'same-claim' | 'kind' | 'study' | 'species' | 'timescale';

/** A pair's score and its parts, each part from 0 to 1 before weighting. */
export interface PairScore {
  score: number;
  veto: Veto | null;
  words: number;
  topics: number;
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

/** The summed weights of two key sets and of the keys they share. */
function weighOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>, weightOf: (key: string) => number): { shared: number; first: number; second: number } {
  let shared = 0;
  let first = 0;
  let second = 0;
  for (const key of a) {
    first += weightOf(key);
    if (b.has(key)) shared += weightOf(key);
  }
  for (const key of b) second += weightOf(key);
  return { shared, first, second };
}

/** IDF-weighted Dice overlap of two key sets: 1 when they are the same, 0 when they share nothing. */
export function weightedDice(a: ReadonlySet<string>, b: ReadonlySet<string>, weightOf: (key: string) => number): number {
  const { shared, first, second } = weighOverlap(a, b, weightOf);
  return first + second === 0 ? 0 : (2 * shared) / (first + second);
}

/**
 * How alike two statements' words are: the mean of their IDF-weighted Dice overlap and their
 * containment (the shared weight over the lighter statement's weight). Dice alone punishes a
 * short retelling of a long sentence ("the stressed-out mice lost a lot of synapses" against the
 * abstract's forty words); containment alone lets a two-word statement match anything holding
 * its two words. The mean rewards a short telling whose words all recur, and a long one more.
 */
export function wordSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, weightOf: (key: string) => number): number {
  const { shared, first, second } = weighOverlap(a, b, weightOf);
  if (first === 0 || second === 0) return 0;
  const dice = (2 * shared) / (first + second);
  const containment = shared / Math.min(first, second);
  return (dice + containment) / 2;
}

/**
 * How likely two statements are to report the same finding, with the parts that make the
 * score (SIMILARITY_WEIGHTS) and the veto that rules the pair out, if any.
 */
export function scorePair(a: ComparableStatement, b: ComparableStatement, weights: Weights): PairScore {
  const words = wordSimilarity(a.keys, b.keys, weights.word);
  const topics = wordSimilarity(a.topicSet, b.topicSet, weights.topic);
  const timescale = relateTimescales(a.timescales, b.timescales);
  const species = relateSpecies(a.claim.species, b.claim.species);
  const sameStudy = a.claim.study === b.claim.study;
  const study = sameStudy && a.claim.study !== null ? 1 : 0;

  const familyA = KIND_FAMILIES[a.claim.kind];
  const veto: Veto | null =
    a.claim.id === b.claim.id ? 'same-claim'
    : familyA === null || familyA !== KIND_FAMILIES[b.claim.kind] ? 'kind'
    : !sameStudy ? 'study'
    : species === null ? 'species'
    : timescale === 'conflict' ? 'timescale'
    : null;

  const score =
    SIMILARITY_WEIGHTS.words * words +
    SIMILARITY_WEIGHTS.topics * topics +
    SIMILARITY_WEIGHTS.timescale * TIMESCALE_SCORES[timescale] +
    SIMILARITY_WEIGHTS.study * study +
    SIMILARITY_WEIGHTS.species * (species ?? 0);
  return { score: veto === null ? score : 0, veto, words, topics, timescale, study, species: species ?? 0 };
}
