/**
 * The closed vocabularies of the claim record (CLAIMS.md) as plain lists. Declared once here;
 * src/schemas/vocabulary.ts turns them into zod enums for the pipeline. Kept free of zod so
 * that the browser's islands can list facet values without shipping a schema library.
 */

export const claimKinds = ['finding', 'method', 'interpretation', 'background', 'open-question', 'headline', 'commentary'] as const;
export type ClaimKind = (typeof claimKinds)[number];

export const exclusionReasons = ['boilerplate', 'advertisement', 'duplicate', 'metadata'] as const;
export type ExclusionReason = (typeof exclusionReasons)[number];

export const speciesValues = ['mouse', 'rat', 'animal', 'cells', 'human', 'mixed', 'none'] as const;
export type Species = (typeof speciesValues)[number];

export const speciesBases = ['sentence', 'context', 'study', 'none'] as const;
export type SpeciesBasis = (typeof speciesBases)[number];

/** In time order: the earliest phase comes first. */
export const phases = ['hours', 'days', 'weeks', 'long-term'] as const;
export type Phase = (typeof phases)[number];

/** From most to least certain. */
export const hedgeLevels = ['asserted', 'hedged', 'speculative'] as const;
export type HedgeLevel = (typeof hedgeLevels)[number];

export const speakerRoles = ['authors', 'journalist', 'forum', 'abstract', 'publisher'] as const;
export type SpeakerRole = (typeof speakerRoles)[number];

export const sourceKinds = ['news-article', 'forum-thread', 'clinic-blog', 'news-page', 'science-news', 'press-release', 'journal-article', 'other'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const unitTypes = ['heading', 'sentence', 'list-item', 'fragment'] as const;
export type UnitType = (typeof unitTypes)[number];
