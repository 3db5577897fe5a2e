/** Counts and scores of a binary uncertain-vs-certain classification, the CoNLL-2010 Task 1 measure. */
export interface UncertainScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly trueNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Scores predictions of the uncertain class against gold labels. */
export function scoreUncertain(pairs: Iterable<{ readonly gold: boolean; readonly predicted: boolean }>): UncertainScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const { gold, predicted } of pairs) {
    if (predicted && gold) truePositives++;
    else if (predicted) falsePositives++;
    else if (gold) falseNegatives++;
    else trueNegatives++;
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, trueNegatives, precision, recall, f1 };
}
