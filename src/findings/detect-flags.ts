import type { FindingFlag } from '../schemas/finding.ts';
import type { Species } from '../schemas/vocabulary.ts';
import { detectHedgeDrift } from './detect-hedge-drift.ts';
import { detectNumberChange } from './detect-number-change.ts';
import { detectSpeciesOmission } from './detect-species-omission.ts';
import { detectTimescaleDisagreement } from './detect-timescale-disagreement.ts';
import type { FlagMember, TellingName } from './flag-member.ts';

/** Every difference between a group's tellings, in a fixed order: times, numbers, certainty, species. */
export function detectFlags(members: readonly FlagMember[], tellingName: TellingName, speciesName: (species: Species) => string): FindingFlag[] {
  return [
    detectTimescaleDisagreement(members, tellingName),
    detectNumberChange(members, tellingName),
    detectHedgeDrift(members, tellingName),
    detectSpeciesOmission(members, tellingName, speciesName),
  ].filter((flag): flag is FindingFlag => flag !== null);
}
