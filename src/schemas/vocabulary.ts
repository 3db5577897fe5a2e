import { z } from 'zod';
import {
  claimKinds,
  exclusionReasons,
  hedgeLevels,
  phases,
  sourceKinds,
  speakerRoles,
  speciesBases,
  speciesValues,
  unitTypes,
} from './vocabulary-values.ts';

/**
 * The closed vocabularies of the claim record (CLAIMS.md) as zod enums, for the pipeline and
 * the export. The lists themselves live in src/schemas/vocabulary-values.ts, which the
 * browser can import without zod.
 */

export type { ClaimKind, ExclusionReason, HedgeLevel, Phase, SourceKind, SpeakerRole, Species, SpeciesBasis, UnitType } from './vocabulary-values.ts';

export const ClaimKindSchema = z.enum(claimKinds);
export const ExclusionReasonSchema = z.enum(exclusionReasons);
export const SpeciesSchema = z.enum(speciesValues);
export const SpeciesBasisSchema = z.enum(speciesBases);
export const PhaseSchema = z.enum(phases);
export const HedgeLevelSchema = z.enum(hedgeLevels);
export const SpeakerRoleSchema = z.enum(speakerRoles);
export const SourceKindSchema = z.enum(sourceKinds);
/** The unit a sentence splitter produced, before it is judged. */
export const UnitTypeSchema = z.enum(unitTypes);
