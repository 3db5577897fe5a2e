import glossaryText from '../../content/glossary.yaml?raw';
import { parseGlossary, type GlossaryEntry } from './glossary.ts';

/** The site's glossary, read once at build time. */
export const glossary: GlossaryEntry[] = parseGlossary(glossaryText);

/** Glossary entries by topic id. */
export const glossaryById: ReadonlyMap<string, GlossaryEntry> = new Map(glossary.map((entry) => [entry.id, entry]));

/** The reader-facing term for a topic id; the id itself if the glossary lacks it. */
export function topicTerm(topicId: string): string {
  return glossaryById.get(topicId)?.term ?? topicId;
}
