import type { Claim, Timescale } from '../schemas/claim.ts';
import { relateSpecies } from './score-pair.ts';

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

/**
 * Which tellings' times or numbers can disagree at all, for the members of one group: only
 * two of the same kind of population. Mice recovering "2 to 7 days" after a dose and patients
 * whose relief lasts "three to seven days" are two results, not one retold with a changed
 * number, even when the matcher put them in one group. A claim of no population or of several
 * ("ketamine works within hours") is set against the others only when the group's tellings
 * name one kind of population: beside both mice and people it would set them side by side.
 */
export function populationComparer(members: readonly FlagMember[]): (a: FlagMember, b: FlagMember) => boolean {
  const specific = (member: FlagMember) => member.claim.species !== 'none' && member.claim.species !== 'mixed';
  const named = members.filter(specific);
  const onePopulation = named.every((first) => named.every((second) => relateSpecies(first.claim.species, second.claim.species) !== null));
  return (a, b) => (specific(a) && specific(b) ? relateSpecies(a.claim.species, b.claim.species) !== null : onePopulation);
}

/** Whether a telling's name stands for several voices and takes a plural verb ("the abstracts of two papers ... state"). */
export function namesMany(name: string): boolean {
  return /^the abstracts\b/iu.test(name);
}
