import { parse } from 'yaml';
import { z } from 'zod';
import { compilePhrases, matchesAny } from './lexicon.ts';
import { readProjectFile } from './read-project-file.ts';

/** One glossary entry as content/glossary.yaml holds it; the topic tagger reads term and aliases. */
export const GlossaryEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  definition: z.string().min(1),
});
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;

/** The glossary, validated; read once at module load. */
export const glossary: readonly GlossaryEntry[] = z
  .array(GlossaryEntrySchema)
  .parse(parse(readProjectFile('content/glossary.yaml')));

const matchers = glossary.map((entry) => ({ id: entry.id, pattern: compilePhrases([entry.term, ...entry.aliases]) }));

/** The glossary topics a text mentions, in glossary order. */
export function tagTopics(text: string): string[] {
  return matchers.filter((matcher) => matchesAny(matcher.pattern, text)).map((matcher) => matcher.id);
}
