import type { Claim, Timescale } from '../schemas/claim.ts';

/** What a flag detector needs to know of a group member: its claim, its telling, and the matched part's text and times. */
export interface FlagMember {
  claim: Claim;
  telling: string;
  text: string;
  timescales: readonly Timescale[];
}

/** Names a telling in a sentence: "the news article", "the paper's abstract (in the forum thread)". */
export type TellingName = (telling: string) => string;

/** The members' claim ids, each once, in member order. */
export function claimIdsOf(members: readonly FlagMember[]): string[] {
  return [...new Set(members.map((member) => member.claim.id))];
}

/** Names joined as a sentence lists them: "a", "a and b", "a, b and c". */
export function listNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** The sentence with its first letter capitalised. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
