import type { Claim } from '../schemas/claim.ts';

/**
 * Which telling a claim belongs to: its source, and within it, whether it is the paper's own
 * abstract or the story around it. A forum thread that quotes a news story and the paper's
 * abstract holds two tellings; a named person quoted in a story is part of that story's
 * telling, since the journalist chose the quote. Flags compare tellings.
 */
export function tellingOf(claim: Pick<Claim, 'sourceId' | 'speaker'>): string {
  const voice = claim.speaker === 'abstract' || claim.speaker === 'forum' || claim.speaker === 'publisher' ? claim.speaker : 'story';
  return `${claim.sourceId}/${voice}`;
}

/**
 * Who tells a claim, finer than its telling: the source, and within it the headline, each person
 * quoted or paraphrased, the researchers' account, a pasted abstract, a forum post, what the
 * source recounts as already known (CLAIMS.md `background`: earlier studies, general facts),
 * and the narration. A group needs two voices (src/findings/group-statements.ts): a headline
 * and its lede, a scientist's quote and the journalist's account of the same result, or an
 * article's account of an earlier study and of the new one are two tellings inside one source;
 * a source repeating itself in one voice is not.
 */
export function voiceOf(claim: Pick<Claim, 'sourceId' | 'speaker' | 'kind'>): string {
  const voice = claim.kind === 'headline' ? 'headline' : claim.kind === 'background' && claim.speaker === 'journalist' ? 'background' : claim.speaker;
  return `${claim.sourceId}/${voice}`;
}
