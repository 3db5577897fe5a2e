import type { Claim } from '../schemas/claim.ts';

/**
 * Which telling a claim belongs to: its source, and within it, whether it is the paper's own
 * abstract or the story around it. A forum thread that quotes a news story and the paper's
 * abstract holds two tellings; a named person quoted in a story is part of that story's
 * telling, since the journalist chose the quote.
 */
export function tellingOf(claim: Pick<Claim, 'sourceId' | 'speaker'>): string {
  const voice = claim.speaker === 'abstract' || claim.speaker === 'forum' || claim.speaker === 'publisher' ? claim.speaker : 'story';
  return `${claim.sourceId}/${voice}`;
}
