import type { Claim } from '../schemas/claim.ts';
import { timeAnaphorPattern } from './findings-lexicons.ts';
import { paceOf, type Pace } from './pace-of.ts';

/**
 * The pace each claim takes from the claim before it: a claim that names no time of its own but
 * places what it reports at the time the sentence before named (content/lexicons/
 * findings-time-anaphors.txt: "The mice also stopped acting depressed in this time period")
 * stresses the speed or delay that sentence stressed (src/findings/pace-of.ts). `ordered` is
 * the claims in reading order, source by source, as src/findings/borrowed-context.ts takes
 * them. By claim id; a claim whose antecedent stresses no pace is left out.
 */
export function borrowedPace(ordered: readonly Claim[], timeAnaphor: RegExp = timeAnaphorPattern): Map<string, Pace> {
  const paces = new Map<string, Pace>();
  ordered.forEach((claim, index) => {
    const previous = ordered[index - 1];
    if (previous === undefined || previous.sourceId !== claim.sourceId || claim.timescales.length > 0) return;
    timeAnaphor.lastIndex = 0;
    if (!timeAnaphor.test(claim.text)) return;
    const pace = paceOf(previous.text, previous.timescales);
    if (pace !== null) paces.set(claim.id, pace);
  });
  return paces;
}
