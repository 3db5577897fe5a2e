import { z } from 'zod';

/**
 * The closed vocabularies of the claim record (CLAIMS.md). Declared once here and used
 * by the pipeline, the export, the site's labels and the search facets alike.
 */

export const ClaimKindSchema = z.enum([
  'finding',
  'method',
  'interpretation',
  'background',
  'open-question',
  'headline',
  'commentary',
]);
export type ClaimKind = z.output<typeof ClaimKindSchema>;

export const ExclusionReasonSchema = z.enum(['boilerplate', 'advertisement', 'duplicate', 'metadata']);
export type ExclusionReason = z.output<typeof ExclusionReasonSchema>;

export const SpeciesSchema = z.enum(['mouse', 'rat', 'animal', 'cells', 'human', 'mixed', 'none']);
export type Species = z.output<typeof SpeciesSchema>;

export const SpeciesBasisSchema = z.enum(['sentence', 'context', 'study', 'none']);
export type SpeciesBasis = z.output<typeof SpeciesBasisSchema>;

export const PhaseSchema = z.enum(['hours', 'days', 'weeks', 'long-term']);
export type Phase = z.output<typeof PhaseSchema>;

export const HedgeLevelSchema = z.enum(['asserted', 'hedged', 'speculative']);
export type HedgeLevel = z.output<typeof HedgeLevelSchema>;

export const SpeakerRoleSchema = z.enum(['authors', 'journalist', 'forum', 'abstract', 'publisher']);
export type SpeakerRole = z.output<typeof SpeakerRoleSchema>;

export const SourceKindSchema = z.enum([
  'news-article',
  'forum-thread',
  'clinic-blog',
  'news-page',
  'science-news',
  'press-release',
  'journal-article',
  'other',
]);
export type SourceKind = z.output<typeof SourceKindSchema>;

/** The unit a sentence splitter produced, before it is judged. */
export const UnitTypeSchema = z.enum(['heading', 'sentence', 'list-item', 'fragment']);
export type UnitType = z.output<typeof UnitTypeSchema>;
