import { z } from 'zod';
import {
  ClaimKindSchema,
  ExclusionReasonSchema,
  HedgeLevelSchema,
  PhaseSchema,
  SpeciesBasisSchema,
  SpeciesSchema,
  UnitTypeSchema,
} from './vocabulary.ts';

/** Character offsets into the source file, end exclusive, counted in UTF-16 code units as JavaScript strings are. */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.end >= span.start, { message: 'span.end must not be before span.start' });
export type Span = z.output<typeof SpanSchema>;

/** A time relative to the dose (CLAIMS.md section 3); open bounds are null. */
export const TimescaleSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  fromHours: z.number().nonnegative().nullable(),
  toHours: z.number().nonnegative().nullable(),
  phase: PhaseSchema,
});
export type Timescale = z.output<typeof TimescaleSchema>;

/** A phrase that made the hedge level what it is, and the level it signals. */
export const HedgeCueSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  level: z.enum(['hedged', 'speculative']),
});
export type HedgeCue = z.output<typeof HedgeCueSchema>;

export const HedgeSchema = z.object({
  level: HedgeLevelSchema,
  cues: z.array(HedgeCueSchema),
});
export type Hedge = z.output<typeof HedgeSchema>;

/** One claim: a unit of a source that asserts, reports or argues something (CLAIMS.md). */
export const ClaimSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  sourceId: z.string(),
  text: z.string().min(1),
  span: SpanSchema,
  unitType: UnitTypeSchema,
  kind: ClaimKindSchema,
  species: SpeciesSchema,
  speciesBasis: SpeciesBasisSchema,
  timescales: z.array(TimescaleSchema),
  hedge: HedgeSchema,
  speaker: z.string().min(1),
  study: z.string().nullable(),
  topics: z.array(z.string()),
});
export type Claim = z.output<typeof ClaimSchema>;

/** A unit that is not a claim, kept with the reason it was set aside so nothing is lost silently. */
export const ExclusionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  sourceId: z.string(),
  text: z.string(),
  span: SpanSchema,
  unitType: UnitTypeSchema,
  reason: ExclusionReasonSchema,
  /** For duplicates: the id of the claim (or exclusion) this unit repeats. */
  duplicateOf: z.string().nullable(),
});
export type Exclusion = z.output<typeof ExclusionSchema>;
