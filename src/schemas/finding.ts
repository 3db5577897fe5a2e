import { z } from 'zod';
import { HedgeLevelSchema, PhaseSchema, SpeciesSchema } from './vocabulary.ts';

/**
 * Findings: claims from different tellings (sources, or a paper's abstract and a story in one
 * source) grouped because they report the same result, with why they were matched and where
 * the tellings differ. Built by src/findings/, exported as `/data/findings.json`.
 */

/** The version of the findings export's shape; raise it when a field changes meaning or goes away. */
export const FINDINGS_SCHEMA_VERSION = 3;

/** The kinds of difference between tellings that a group can flag. */
export const FlagKindSchema = z.enum(['timescale-disagreement', 'hedge-drift', 'species-omitted', 'number-changed']);
export type FlagKind = z.output<typeof FlagKindSchema>;

/** A difference between the tellings of one group: which claims show it, and what it is, in a sentence. */
export const FindingFlagSchema = z.object({
  kind: FlagKindSchema,
  /** The claims the difference is about, ordered by source then position. */
  claimIds: z.array(z.string()).min(1),
  /** A plain sentence naming the wordings that differ and where they stand. */
  detail: z.string().min(1),
});
export type FindingFlag = z.output<typeof FindingFlagSchema>;

/** The time window the tellings share: the overlap of their numbered windows, or the phase they share. */
export const MatchedTimescaleSchema = z.object({
  fromHours: z.number().nonnegative().nullable(),
  toHours: z.number().nonnegative().nullable(),
  phase: PhaseSchema,
  /** The window in words ("12 to 24 hours", "up to 3 hours", "hours"). */
  text: z.string().min(1),
});
export type MatchedTimescale = z.output<typeof MatchedTimescaleSchema>;

/** Why the members were matched: what at least two tellings share. */
export const MatchedOnSchema = z.object({
  /** Content words (as a source wrote them) that two or more tellings share, strongest first. */
  contentWords: z.array(z.string()),
  /** Glossary topic ids two or more tellings share, in glossary order. */
  topics: z.array(z.string()),
  /** The species every member that names one agrees on; null when none names one. */
  species: SpeciesSchema.nullable(),
  /** The time window the members that give a time share; null when fewer than two tellings give one. */
  timescale: MatchedTimescaleSchema.nullable(),
  /** The primary study the members report, general facts and earlier work told beside it aside; null when none does. */
  study: z.string().nullable(),
  /** The same in one line for readers: "dendritic spines, formation, 12 to 24 hours, mice, Moda-Sava et al. 2019". */
  text: z.string().min(1),
});
export type MatchedOn = z.output<typeof MatchedOnSchema>;

/** A character range inside a claim's text, end exclusive. */
export const TextRangeSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((range) => range.end > range.start, { message: 'a text range is never empty' });
export type TextRange = z.output<typeof TextRangeSchema>;

/**
 * A member of a group: a claim, and the part of its text the group matched. A claim that
 * reports two results at two times ("within 3 hours ..., but ... between 12 and 24 hours")
 * is split at the clause between them, and each part can join its own group.
 */
export const FindingMemberSchema = z.object({
  claimId: z.string(),
  sourceId: z.string(),
  /** The matched part of `claim.text`; the whole text unless the claim was split. */
  textRange: TextRangeSchema,
});
export type FindingMember = z.output<typeof FindingMemberSchema>;

/**
 * Claims from two or more tellings (two sources, or two voices in one: src/findings/telling-of.ts)
 * that report the same finding. A claim can be in more than one group: it may report two
 * findings, or fit a second group nearly as well as its own (src/findings/attach-statements.ts).
 */
export const FindingGroupSchema = z.object({
  /** Stable: derived from the members' ids, never from the group's position. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The clearest member's own words, cleaned and shortened (src/findings/label-group.ts): what a reader sees as the finding. */
  label: z.string().min(1),
  /** The claim whose words make the label. */
  labelClaimId: z.string(),
  /** The member claims, ordered by source then position. */
  claimIds: z.array(z.string()).min(2),
  members: z.array(FindingMemberSchema).min(2),
  /** The sources the members come from, sorted. */
  sourceIds: z.array(z.string()).min(1),
  /** The studies the members name, sorted: the group's primary study, and any whose general facts it holds; empty when none names one. */
  studies: z.array(z.string()),
  matchedOn: MatchedOnSchema,
  flags: z.array(FindingFlagSchema),
});
export type FindingGroup = z.output<typeof FindingGroupSchema>;

/** A grouped claim worded more firmly than the study's own telling of the same finding: its abstract's. */
export const MoreCertainClaimSchema = z.object({
  claimId: z.string(),
  groupId: z.string(),
  hedgeLevel: HedgeLevelSchema,
  /** The level of the study's own wording: the most certain its abstract's sentences in the group commit to. */
  studyHedgeLevel: HedgeLevelSchema,
  /** Those abstract sentences, so a reader sees what the claim was held to. */
  studyClaimIds: z.array(z.string()).min(1),
});
export type MoreCertainClaim = z.output<typeof MoreCertainClaimSchema>;

/** The "spin check" of one source: how it retells the studies it reports. */
export const SpinCheckSchema = z.object({
  sourceId: z.string(),
  /** Claims that report a primary study (not background, not commentary). */
  studyClaimIds: z.array(z.string()),
  /** Of those, the claims in at least one group. */
  groupedClaimIds: z.array(z.string()),
  /** Grouped claims stated more firmly than the study's own wording. */
  moreCertain: z.array(MoreCertainClaimSchema),
  /**
   * Claims that report a study done in a named population without the source ever saying
   * which (speciesBasis `study`), and headlines that do not say it themselves
   * (src/findings/check-spin.ts leavesSpeciesOut). Counted over every study claim, not only
   * grouped ones: a study that only one source reports forms no group, yet its omission still counts.
   */
  speciesOmittedClaimIds: z.array(z.string()),
});
export type SpinCheck = z.output<typeof SpinCheckSchema>;

/** `/data/findings.json`: every group with its flags, and every source's spin check. */
export const FindingsExportSchema = z.object({
  schemaVersion: z.literal(FINDINGS_SCHEMA_VERSION),
  groups: z.array(FindingGroupSchema),
  spinChecks: z.array(SpinCheckSchema),
});
export type FindingsExport = z.output<typeof FindingsExportSchema>;
