import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { digestOfProjectFiles } from '../corpus/digest-files.ts';
import { readSourceFiles } from '../corpus/load-corpus.ts';
import { planRefresh } from '../corpus/plan-refresh.ts';
import { extractClaims, type ExtractedSource, type SourceFile } from '../pipeline/extract-claims.ts';
import { SourceError } from '../pipeline/source-error.ts';
import { SourceSchema } from '../schemas/source.ts';

/** A source entry: its citation plus the whole file's text, which spans point into. */
export const SourceEntrySchema = SourceSchema.extend({ text: z.string() });
export type SourceEntry = z.output<typeof SourceEntrySchema>;

/** Everything besides a source's own bytes that decides what the pipeline makes of it. */
const PIPELINE_INPUTS = ['src/pipeline', 'src/schemas', 'content/lexicons', 'content/glossary.yaml'];
const DIGESTS_KEY = 'source-digests';

let pipelineDigest: { root: string; digest: string } | null = null;

function digestOfPipeline(root: string): string {
  if (pipelineDigest?.root !== root) pipelineDigest = { root, digest: digestOfProjectFiles(root, PIPELINE_INPUTS) };
  return pipelineDigest.digest;
}

// The three collections read the same sources: extract each changed one once per process.
const extracted = new Map<string, ExtractedSource>();

function extractOnce(file: SourceFile, digest: string): ExtractedSource {
  const cached = extracted.get(digest);
  if (cached) return cached;
  try {
    const result = extractClaims(file);
    extracted.set(digest, result);
    return result;
  } catch (error) {
    if (error instanceof SourceError) {
      // Astro prints the message; make it the editor's: file, line, column, what to fix.
      throw new Error(`Broken source ${error.message}`, { cause: error });
    }
    throw error;
  }
}

type Entry = { id: string; data: Record<string, unknown> };

/**
 * A loader over the corpus that reuses what it stored at the last build: only sources whose
 * bytes or pipeline changed go through the pipeline again (content-layer data persists in
 * Astro's cache between builds). `entriesOf` turns one source's output into entries, each
 * carrying that source's id in `data.sourceId` (or as its id, for the sources collection).
 */
function corpusLoader(name: string, entriesOf: (source: ExtractedSource) => Entry[], sourceIdOf: (entry: { id: string; data: Record<string, unknown> }) => string): Loader {
  return {
    name,
    load: async (context: LoaderContext) => {
      const root = fileURLToPath(context.config.root);
      const pipeline = digestOfPipeline(root);
      const files = readSourceFiles(root);
      const digests = Object.fromEntries(files.map((file) => [file.id, createHash('sha256').update(pipeline).update(file.bytes).digest('hex')]));
      const recorded = JSON.parse(context.meta.get(DIGESTS_KEY) ?? '{}') as Record<string, { digest: string; entries: number }>;
      // A source counts as unchanged only if the store still holds all of its entries: if the
      // store was emptied behind our back, its sources are read again rather than lost.
      const held = new Map<string, number>();
      for (const entry of context.store.values()) held.set(sourceIdOf(entry), (held.get(sourceIdOf(entry)) ?? 0) + 1);
      const previous = Object.fromEntries(
        Object.entries(recorded).map(([id, record]) => [id, (held.get(id) ?? 0) === record.entries ? record.digest : 'incomplete']),
      );
      const plan = planRefresh(previous, digests);
      const stale = new Set([...plan.extract, ...plan.remove]);
      for (const entry of context.store.values()) if (stale.has(sourceIdOf(entry))) context.store.delete(entry.id);
      const counts: Record<string, number> = {};
      for (const file of files.filter((candidate) => plan.extract.includes(candidate.id))) {
        const entries = entriesOf(extractOnce(file, digests[file.id]!));
        counts[file.id] = entries.length;
        for (const entry of entries) {
          const data = await context.parseData(entry);
          context.store.set({ id: entry.id, data, digest: context.generateDigest(data) });
        }
      }
      for (const id of plan.keep) counts[id] = recorded[id]!.entries;
      context.meta.set(DIGESTS_KEY, JSON.stringify(Object.fromEntries(Object.entries(digests).map(([id, digest]) => [id, { digest, entries: counts[id] ?? 0 }]))));
      if (plan.extract.length > 0 || plan.remove.length > 0) {
        context.logger.info(`${plan.extract.length} source(s) read, ${plan.keep.length} reused, ${plan.remove.length} removed`);
      }
    },
  };
}

/** One entry per source file. */
export function sourcesLoader(): Loader {
  return corpusLoader('evidence-sources', ({ source, text }) => [{ id: source.id, data: { ...source, text } }], (entry) => entry.id);
}

/** One entry per claim, across all sources. */
export function claimsLoader(): Loader {
  return corpusLoader('evidence-claims', ({ claims }) => claims.map((claim) => ({ id: claim.id, data: claim })), (entry) => String(entry.data['sourceId']));
}

/** One entry per excluded unit, with its reason. */
export function exclusionsLoader(): Loader {
  return corpusLoader('evidence-exclusions', ({ exclusions }) => exclusions.map((exclusion) => ({ id: exclusion.id, data: exclusion })), (entry) => String(entry.data['sourceId']));
}
