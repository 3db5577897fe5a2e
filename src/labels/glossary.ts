import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The glossary (content/glossary.yaml): the words and plain definitions for the topic ids
 * claims carry. The site reads it here; the pipeline's topic tagger reads the same file.
 */

export const GlossaryEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  definition: z.string().min(1),
});
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;

export const GlossarySchema = z.array(GlossaryEntrySchema).refine(
  (entries) => new Set(entries.map((entry) => entry.id)).size === entries.length,
  { message: 'two glossary entries share an id' },
);

/** Parse and check the glossary's YAML text; throws with the offending path if it is malformed. */
export function parseGlossary(yamlText: string): GlossaryEntry[] {
  return GlossarySchema.parse(parse(yamlText));
}
