import { defineCollection } from 'astro:content';
import { claimsLoader, exclusionsLoader, SourceEntrySchema, sourcesLoader } from './loaders/corpus-loaders.ts';
import { ClaimSchema, ExclusionSchema } from './schemas/claim.ts';

/**
 * Three collections, one pipeline run: every source under content/sources/ becomes a source
 * entry (its citation plus its text), its claims, and its exclusions.
 */
export const collections = {
  sources: defineCollection({ loader: sourcesLoader(), schema: SourceEntrySchema }),
  claims: defineCollection({ loader: claimsLoader(), schema: ClaimSchema }),
  exclusions: defineCollection({ loader: exclusionsLoader(), schema: ExclusionSchema }),
};
