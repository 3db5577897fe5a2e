import type { Claim } from '../schemas/claim.ts';

/** How many related claims a claim's page lists. */
export const RELATED_LIMIT = 6;

/**
 * The related claims of every claim, in one pass: for each claim, the claims sharing the most
 * topics with it, commentary last, ties in the order of `claims`, at most `limit`. Claims with
 * the same set of topics rank every other claim alike, so the ranking is worked out once per
 * set of topics (a few hundred sets for thousands of claims) over the first `limit + 1`
 * claims of each set, not once per claim over every claim.
 */
export function relatedClaimsOf(claims: readonly Claim[], limit = RELATED_LIMIT): Map<string, Claim[]> {
  const position = new Map(claims.map((claim, index) => [claim.id, index]));
  // Per set of topics, its claims in order, evidence and commentary apart, each cut to
  // limit + 1: a claim further down its set is always outranked by limit others of the set
  // (one of which may be the claim itself).
  const sets = new Map<string, { topics: readonly string[]; evidence: Claim[]; commentary: Claim[] }>();
  for (const claim of claims) {
    if (claim.topics.length === 0) continue;
    const key = topicSetKey(claim.topics);
    let set = sets.get(key);
    if (set === undefined) sets.set(key, (set = { topics: claim.topics, evidence: [], commentary: [] }));
    const list = claim.kind === 'commentary' ? set.commentary : set.evidence;
    if (list.length <= limit) list.push(claim);
  }
  const rankedBySet = new Map<string, Claim[]>();
  const related = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.topics.length === 0) {
      related.set(claim.id, []);
      continue;
    }
    const key = topicSetKey(claim.topics);
    let ranked = rankedBySet.get(key);
    if (ranked === undefined) {
      const topics = new Set(claim.topics);
      const candidates: { claim: Claim; shared: number; commentary: number; index: number }[] = [];
      for (const set of sets.values()) {
        let shared = 0;
        for (const topic of set.topics) if (topics.has(topic)) shared += 1;
        if (shared === 0) continue;
        for (const other of set.evidence) candidates.push({ claim: other, shared, commentary: 0, index: position.get(other.id)! });
        for (const other of set.commentary) candidates.push({ claim: other, shared, commentary: 1, index: position.get(other.id)! });
      }
      candidates.sort((a, b) => a.commentary - b.commentary || b.shared - a.shared || a.index - b.index);
      ranked = candidates.slice(0, limit + 1).map((candidate) => candidate.claim);
      rankedBySet.set(key, ranked);
    }
    related.set(
      claim.id,
      ranked.filter((other) => other.id !== claim.id).slice(0, limit),
    );
  }
  return related;
}

/** The same key for the same topics, whatever their order. */
function topicSetKey(topics: readonly string[]): string {
  return [...topics].sort().join('\n');
}
