import type { Claim } from '../schemas/claim.ts';
import { comparableStatement } from './comparable-statement.ts';
import { anaphorPattern, reportingOpenerPattern } from './findings-lexicons.ts';

/**
 * The keys each claim borrows from the claim it points back at: a claim that opens with an
 * anaphor or uses one (content/lexicons/findings-anaphors.txt: "This helps lift a person's
 * mood", "does both", "in this time period") is about what the previous claim of its source
 * says, so it borrows that claim's keys (src/findings/comparable-statement.ts weighs them
 * less). A pronoun that only names who reports ("They found that the mice ...", "This new
 * study shows ...": content/lexicons/findings-reporting-openers.txt) points at the researchers,
 * not at the sentence before, so the rest of the sentence is what is read for an anaphor.
 * `ordered` is the claims in reading order, source by source. By claim id.
 */
export function borrowedContext(ordered: readonly Claim[]): Map<string, ReadonlySet<string>> {
  const context = new Map<string, ReadonlySet<string>>();
  ordered.forEach((claim, index) => {
    const previous = ordered[index - 1];
    reportingOpenerPattern.lastIndex = 0;
    const opener = reportingOpenerPattern.exec(claim.text);
    // The reported clause's own "that" ("They found that ...") is a conjunction, not an anaphor.
    const read = opener === null ? claim.text : claim.text.slice(opener.index + opener[0].length).replace(/^\s*that\b/iu, '');
    anaphorPattern.lastIndex = 0;
    if (previous === undefined || previous.sourceId !== claim.sourceId || !anaphorPattern.test(read)) return;
    const whole = { claim: previous, telling: '', voice: '', textRange: { start: 0, end: previous.text.length }, text: previous.text, timescales: previous.timescales, pace: null, namedCause: null, topics: previous.topics };
    context.set(claim.id, comparableStatement(whole).keys);
  });
  return context;
}
