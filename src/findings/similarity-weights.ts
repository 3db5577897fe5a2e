import type { ClaimKind } from '../schemas/vocabulary.ts';
import type { TimescaleRelation } from './compare-timescales.ts';

/**
 * Every weight and threshold of the findings matcher, in one place, so that "why were these
 * two matched?" has one answer. A pair's score is the weighted sum of five parts, each from 0
 * to 1; the parts' weights add up to 1.
 *
 * - words: how much of the two statements' content is shared, after stemming, rare words
 *   counting more than common ones (IDF-weighted Dice, src/findings/score-pair.ts). The main
 *   evidence: two tellings of one result describe the same things.
 * - topics: shared glossary topics, weighted the same way. A second, coarser view of the content.
 * - timescale: two numbered windows naming the same time count fully, close times (at most
 *   twice apart) three quarters, overlapping windows or a shared phase 0.4
 *   (src/findings/compare-timescales.ts). A number of hours is as telling as a rare word.
 * - study: the same primary study. Necessary for a match (see vetoes), so as a score part
 *   it only lifts pairs that also share content.
 * - species: the same population stated; a named species against an unnamed animal, half.
 */
export const SIMILARITY_WEIGHTS = {
  words: 0.5,
  topics: 0.1,
  timescale: 0.25,
  study: 0.1,
  species: 0.05,
} as const;

/** The score each relation of two tellings' times contributes (times its weight). */
export const TIMESCALE_SCORES: Readonly<Record<TimescaleRelation, number>> = {
  same: 1,
  close: 0.75,
  compatible: 0.4,
  none: 0,
  conflict: 0,
};

/**
 * Two statements from different tellings are linked when their score reaches this. Two tellings
 * of one study with the same species start at 0.15 (study and species), so a link needs about
 * half their content in common, or the same number of hours and a little content.
 */
export const LINK_THRESHOLD = 0.4;

/**
 * Groups grow by average linkage (src/findings/group-statements.ts): two groups merge when some
 * cross-telling pair between them is a link and the mean score of all pairs between them, the
 * pairs inside one telling included, reaches this. The mean keeps a group to one finding: a
 * statement that links to one member but has little to do with the rest stays out.
 */
export const MEAN_THRESHOLD = 0.35;

/**
 * Kinds of claim that can report the same thing. A finding and the interpretation that
 * retells it can. A headline sums up a whole story, several findings at once, so it is only
 * compared with other headlines. A method is only ever the same as a method, earlier work
 * (background) as earlier work, and an open question as an open question (what is not known
 * is never the same as what was found). Commentary reports no evidence and is never grouped (null).
 */
export const KIND_FAMILIES: Readonly<Record<ClaimKind, string | null>> = {
  finding: 'result',
  interpretation: 'result',
  headline: 'headline',
  method: 'method',
  background: 'background',
  'open-question': 'open-question',
  commentary: null,
};
