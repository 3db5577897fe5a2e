import type { TimescaleRelation } from './compare-timescales.ts';

/**
 * Every weight and threshold of the findings matcher, in one place, so that "why were these
 * two matched?" has one answer. They were set on the tuning half of the hand-labelled pairs
 * (tests/fixtures/finding-pairs.README.md); the measuring half only measures them.
 *
 * A pair's score (src/findings/score-pair.ts) is its word similarity, weighted, plus what it
 * agrees on besides words, lifted in proportion to the words:
 * - words: how much of the two statements' content is shared, after stemming and concept lists,
 *   rare words counting more than common ones (IDF) and words naming a change counting double
 *   (CHANGE_WEIGHT); times count as words too (`@12h`, `~hours`: comparable-statement.ts). The
 *   main evidence: two tellings of one result describe the same things.
 * - timescale: two numbered windows naming the same time count fully, close times (at most
 *   twice apart) three quarters, overlapping windows or a shared phase 0.4
 *   (src/findings/compare-timescales.ts).
 * - study: the same primary study.
 * - species: the same population stated; a named species against an unnamed animal, half.
 */
export const SIMILARITY_WEIGHTS = {
  words: 0.6,
  timescale: 0.2,
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
 * How fast word similarity saturates (src/findings/score-pair.ts wordSimilarity): the shared
 * weight against the geometric mean of the weights each statement has alone, times this. A
 * long sentence that shares its rare words with another is not made unlike it by the rest of
 * its words; two statements that share only common words stay unlike.
 */
export const UNSHARED_WEIGHT = 0.5;

/** How much more a concept naming a change (content/lexicons/findings-change-concepts.txt) weighs than its rarity alone says. */
export const CHANGE_WEIGHT = 2;

/**
 * How much of their word similarity two statements keep when the changes they report are of
 * different kinds ("spines play a role in maintaining remission" against "spines formed 12 to 24
 * hours after"), or go opposite ways ("stress removed spines" against "ketamine restored the
 * lost spines"; content/lexicons/findings-opposite-concepts.txt).
 */
export const CHANGE_AGREEMENT = { different: 0.5, opposite: 0.25 } as const;

/**
 * How much word weight two statements must share for their similarity to count in full; less
 * counts in proportion. Two statements that share only "ketamine" and "brain" may be alike in
 * proportion, but say nothing in common.
 */
export const SHARED_WEIGHT_NEEDED = 3;

/**
 * How much a key borrowed from the sentence a statement points back at counts ("This helps lift
 * a person's mood" borrows the neurons firing from the sentence before), against 1 for its own.
 */
export const CONTEXT_KEY_WEIGHT = 0.3;

/**
 * Time, study and species lift a pair in proportion to its word similarity, fully once the
 * words reach this: agreement on "within 24 hours" and on the study says two statements with
 * content in common tell one result, but says nothing about two that share no word.
 */
export const CONTEXT_NEEDS_WORDS = 0.3;

/**
 * Pairs scoring below this count as unrelated: the grouping never sees them. It keeps the
 * grouping's work to pairs that could matter, and its result the same however the pairs were found.
 */
export const PAIR_FLOOR = 0.1;

/**
 * Average linkage (src/findings/group-statements.ts): two groups merge only if some pair between
 * them scores at least this... It is also the tie every member keeps with another voice of its
 * final group (src/findings/keep-told-twice.ts): a statement that only chains to a group through
 * weak pairs leaves it.
 */
export const LINK_THRESHOLD = 0.25;

/**
 * ...and the mean score of all pairs between them, unscored pairs counting 0, reaches this. The
 * mean keeps a group to one finding: a statement that links to one member but has little to do
 * with the rest stays out.
 */
export const MEAN_THRESHOLD = 0.1;

/**
 * Second memberships (src/findings/attach-statements.ts): a statement also joins at most
 * `limit` other groups, each one where some pair with a member reaches `link`, a pair with a
 * second member reaches `secondLink`, and its mean score with the members reaches `mean`.
 * - `limit` three, not more: a general fact ("ketamine relieves depression within hours")
 *   belongs with the clinical fact, the fast step in animals and the open question of how it
 *   works, and a cap of two left it out of one of them (on the tuning half, 0.03 of recall);
 *   with no cap, groups swell into every finding about the drug and the 12-hour finding loses
 *   its own group (tests/unit/findings/find-findings.test.ts).
 * - `secondLink`: a statement alike to one member only ("a theory on how ketamine works" in a
 *   headline, and a caveat about "this theory") has one resemblance, not a finding in common;
 *   asking for a second member at a little over the pair floor took wrong pairs out of the
 *   tuning half and no right ones, at any level from 0.12 to 0.2.
 */
export const ATTACH = { link: 0.3, secondLink: 0.15, mean: 0.1, limit: 3 } as const;

/**
 * The least mean score a member keeps with the rest of its final group
 * (src/findings/keep-fitting-members.ts), unscored pairs counting 0. Half the mean threshold:
 * merges and second memberships already ask for MEAN_THRESHOLD when they happen, and a group
 * that grew afterwards may dilute a member that fitted it then; only a member that has drifted
 * to half of that has little to do with the group. On the tuning half, half the threshold
 * removed wrong pairs and no right ones; the full threshold removed right ones.
 */
export const MEMBER_FIT = 0.05;

/**
 * How candidate pairs are found (src/findings/candidate-pairs.ts): a key held by more statements
 * than `maxPostings` proposes no pair on its own, and a statement proposes at most
 * `maxCandidates` partners, those with the most key weight in common. The real corpus (about
 * 250 statements) reaches neither, so every pair that shares a key is scored; a corpus of
 * thousands of sources is scored in time that grows with its size.
 */
export const CANDIDATE_LIMITS = { maxPostings: 400, maxCandidates: 150 } as const;
