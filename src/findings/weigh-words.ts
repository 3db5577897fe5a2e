/**
 * Word weights are rounded so that a small change to the corpus leaves the weights of the words
 * it does not use as they were. Exact weights all move when one sentence is added anywhere (the
 * number of statements changes), borderline pairs of unrelated sources flip, and a rebuild
 * regroups findings far from the change: on 505 sources, one added sentence changed 126 of
 * about 1,700 groups with exact weights and 13 with rounded ones, the group it joined among
 * them (bench/report.md, "Rebuild after changing one source").
 *
 * - The number of statements is taken on a geometric grid of 1/32 (about 2% apart), so it moves
 *   the weights only when the corpus grows or shrinks by that much.
 * - Each weight is rounded to a grid of 1/64 of its size, so one more statement using a common
 *   word ("ketamine" in thousands) seldom moves that word's weight, while a rare word's still
 *   moves with each statement that uses it.
 * Both grids are fine enough to change no decision on the hand-labelled pairs
 * (tests/unit/findings/pair-quality.test.ts); a coarser grid for the count (1/24, 1/16) changes one.
 */
export const COUNT_STEP = 1 / 32;
export const WEIGHT_STEP = 1 / 64;

/**
 * How much sharing a content word says, from how many statements use it (inverse document
 * frequency, ln(1 + N / df)): "ketamine", in most statements, weighs little; "photoactivatable",
 * in one or two, weighs much. Computed over the statements being grouped, so it follows the
 * corpus, and rounded as said above.
 */
export function weighWords(statements: readonly { keys: ReadonlySet<string> }[]): (key: string) => number {
  const documentFrequency = new Map<string, number>();
  for (const statement of statements) {
    for (const key of statement.keys) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const total = onGeometricGrid(Math.max(1, statements.length), COUNT_STEP);
  const weights = new Map([...documentFrequency].map(([key, count]) => [key, onGeometricGrid(Math.log(1 + total / count), WEIGHT_STEP)] as const));
  const unseen = onGeometricGrid(Math.log(1 + total), WEIGHT_STEP);
  return (key) => weights.get(key) ?? unseen;
}

/** A positive number rounded to the nearest point of the grid (1 + step)^k. */
export function onGeometricGrid(value: number, step: number): number {
  const unit = Math.log1p(step);
  return Math.exp(Math.round(Math.log(value) / unit) * unit);
}
