import type { FindingFlag } from '../schemas/finding.ts';
import type { Species } from '../schemas/vocabulary.ts';
import { claimIdsOf, listNames, namesMany, sentence, type FlagMember, type TellingName } from './flag-member.ts';

/**
 * Flags a group in which one telling says who was studied ("in mice", or the passage around
 * it does: speciesBasis `sentence` or `context`) and another reports the same study without
 * saying so (`study`: only the study's record says who was studied), as the spin check counts
 * "species left out" (src/findings/check-spin.ts). A claim that names no population at all
 * (`none`) states something general ("ketamine relieves depression within hours") rather than
 * hiding the study's species, and is not counted. A telling that names the species in
 * one of its claims in the group has said it, even if another of its claims does not: it is
 * listed among those that say, never among both. Tellings are compared within one study only.
 */
export function detectSpeciesOmission(members: readonly FlagMember[], tellingName: TellingName, speciesName: (species: Species) => string): FindingFlag | null {
  const statesSpecies = (member: FlagMember) => (member.claim.speciesBasis === 'sentence' || member.claim.speciesBasis === 'context') && member.claim.species !== 'none';
  // Held study by study: a telling that names people in a clinical trial has not said who was
  // studied in the mouse study that shares the group.
  const missing: FlagMember[] = [];
  const stated: FlagMember[] = [];
  for (const study of new Set(members.flatMap((member) => (member.claim.speciesBasis === 'study' && member.claim.study !== null ? [member.claim.study] : [])))) {
    const ofStudy = members.filter((member) => member.claim.study === study);
    const statedOfStudy = ofStudy.filter(statesSpecies);
    const statedTellings = new Set(statedOfStudy.map((member) => member.telling));
    const missingOfStudy = ofStudy.filter((member) => member.claim.speciesBasis === 'study' && !statedTellings.has(member.telling));
    if (statedOfStudy.length === 0 || missingOfStudy.length === 0) continue;
    missing.push(...missingOfStudy);
    stated.push(...statedOfStudy);
  }
  if (missing.length === 0) return null;
  const named = [...new Set(stated.map((member) => speciesName(member.claim.species)))];
  const silent = [...new Set(missing.map((member) => tellingName(member.telling)))];
  const saying = [...new Set(stated.map((member) => tellingName(member.telling)))];
  const one = (names: readonly string[]) => names.length === 1 && !namesMany(names[0]!);
  return {
    kind: 'species-omitted',
    claimIds: claimIdsOf(missing),
    detail: sentence(`${listNames(silent)} ${one(silent) ? 'does' : 'do'} not say who was studied; ${listNames(saying)} ${one(saying) ? 'says' : 'say'} ${listNames(named)}.`),
  };
}
