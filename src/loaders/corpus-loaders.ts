import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { loadCorpus, SOURCES_DIRECTORY } from '../corpus/load-corpus.ts';
import type { ExtractedSource } from '../pipeline/extract-claims.ts';
import { SourceError } from '../pipeline/source-error.ts';
import { SourceSchema } from '../schemas/source.ts';

/** A source entry: its citation plus the whole file's text, which spans point into. */
export const SourceEntrySchema = SourceSchema.extend({ text: z.string() });
export type SourceEntry = z.output<typeof SourceEntrySchema>;

let cache: { digest: string; corpus: ExtractedSource[] } | null = null;

/**
 * The pipeline's output for the current sources. Three collections read it, so it runs once
 * per change of the source files, not once per collection.
 */
function corpusFor(context: LoaderContext): ExtractedSource[] {
  const root = fileURLToPath(context.config.root);
  const directory = join(root, SOURCES_DIRECTORY);
  const hash = createHash('sha256');
  for (const name of readdirSync(directory).sort()) hash.update(name).update(readFileSync(join(directory, name)));
  const digest = hash.digest('hex');
  if (cache?.digest !== digest) {
    try {
      cache = { digest, corpus: loadCorpus(root) };
    } catch (error) {
      if (error instanceof SourceError) {
        // Astro prints the message; make it the editor's: file, line, column, what to fix.
        throw new Error(`Broken source ${error.message}`, { cause: error });
      }
      throw error;
    }
  }
  return cache.corpus;
}

function corpusLoader(name: string, entries: (corpus: ExtractedSource[]) => { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name,
    load: async (context) => {
      context.store.clear();
      for (const entry of entries(corpusFor(context))) {
        const data = await context.parseData(entry);
        context.store.set({ id: entry.id, data, digest: context.generateDigest(data) });
      }
    },
  };
}

/** One entry per source file. */
export function sourcesLoader(): Loader {
  return corpusLoader('evidence-sources', (corpus) => corpus.map(({ source, text }) => ({ id: source.id, data: { ...source, text } })));
}

/** One entry per claim, across all sources. */
export function claimsLoader(): Loader {
  return corpusLoader('evidence-claims', (corpus) => corpus.flatMap(({ claims }) => claims.map((claim) => ({ id: claim.id, data: claim }))));
}

/** One entry per excluded unit, with its reason. */
export function exclusionsLoader(): Loader {
  return corpusLoader('evidence-exclusions', (corpus) => corpus.flatMap(({ exclusions }) => exclusions.map((exclusion) => ({ id: exclusion.id, data: exclusion }))));
}
