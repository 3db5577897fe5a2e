import type { Claim } from '../schemas/claim.ts';
import { comparableStatement } from './comparable-statement.ts';
import { anaphorPattern } from './findings-lexicons.ts';

/**
 * The keys each claim borrows from the claim it points back at: a claim that opens with an
 * anaphor or uses one (content/lexicons/findings-anaphors.txt: "This helps lift a person's
 * mood", "does both", "in this time period") is about what the previous claim of its source
 * says, so it borrows that claim's keys (src/findings/comparable-statement.ts weighs them
 * less). `ordered` is the claims in reading order, source by source. By claim id.
 */
export function borrowedContext(ordered: readonly Claim[]): Map<string, ReadonlySet<string>> {
  const context = new Map<string, ReadonlySet<string>>();
  ordered.forEach((claim, index) => {
    const previous = ordered[index - 1];
    anaphorPattern.lastIndex = 0;
    if (previous === undefined || previous.sourceId !== claim.sourceId || !anaphorPattern.test(claim.text)) return;
    const whole = { claim: previous, telling: '', voice: '', textRange: { start: 0, end: previous.text.length }, text: previous.text, timescales: previous.timescales, pace: null, topics: previous.topics };
    context.set(claim.id, comparableStatement(whole).keys);
  });
  return context;
}
