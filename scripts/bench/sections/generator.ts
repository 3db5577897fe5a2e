import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus, readSourceFiles, SOURCES_DIRECTORY } from '../../../src/corpus/load-corpus.ts';
import type { ExtractedSource } from '../../../src/pipeline/extract-claims.ts';
import type { BenchSection } from '../bench-types.ts';
import { formatBytes } from '../byte-sizes.ts';
import { markdownTable } from '../markdown-table.ts';
import { seedMaterialOf } from '../seed-material.ts';
import { CORPUS_SEED } from '../write-corpus.ts';

/** What the pipeline made of a set of sources: enough to tell real work from an empty shell. */
export interface PipelineProfile {
  sources: number;
  claims: number;
  exclusions: number;
  /** In-process pipeline time, without Astro. */
  seconds: number;
  kinds: Record<string, number>;
  hedges: Record<string, number>;
  species: Record<string, number>;
}

export interface GeneratorJson {
  seed: number;
  material: { sentences: number; lines: number; studies: number };
  corpora: { sources: number; bytes: number; meanBytes: number; seconds: number }[];
  seeds: PipelineProfile;
  generated: PipelineProfile;
}

function profileOf(extracted: readonly ExtractedSource[], seconds: number): PipelineProfile {
  const count = (values: string[]): Record<string, number> => Object.fromEntries([...new Set(values)].sort().map((value) => [value, values.filter((other) => other === value).length]));
  const claims = extracted.flatMap((source) => source.claims);
  return {
    sources: extracted.length,
    claims: claims.length,
    exclusions: extracted.reduce((sum, source) => sum + source.exclusions.length, 0),
    seconds,
    kinds: count(claims.map((claim) => claim.kind)),
    hedges: count(claims.map((claim) => claim.hedge.level)),
    species: count(claims.map((claim) => claim.species)),
  };
}

function timedCorpus(root: string, directory: string): PipelineProfile {
  const started = performance.now();
  const extracted = loadCorpus(root, directory);
  return profileOf(extracted, (performance.now() - started) / 1000);
}

/** Section 1: the generated corpus, and proof that the pipeline does real work on it. */
export const section: BenchSection<GeneratorJson> = {
  name: 'generator',
  title: 'Generated corpus',
  async run(context) {
    const material = seedMaterialOf(readSourceFiles(context.root, SOURCES_DIRECTORY));
    const corpora = context.sizes.map((size) => {
      const started = performance.now();
      const corpus = context.generateCorpus(size);
      const seconds = (performance.now() - started) / 1000;
      const bytes = corpus.ids.reduce((sum, id) => sum + statSync(join(context.root, corpus.directory, `${id}.md`)).size, 0);
      return { sources: corpus.ids.length, bytes, meanBytes: Math.round(bytes / corpus.ids.length), seconds };
    });
    const smallest = context.generateCorpus(Math.min(...context.sizes));
    context.log(`running the pipeline over ${smallest.count} generated sources`);
    return {
      seed: CORPUS_SEED,
      material: { sentences: material.sentences.length, lines: material.lines.length, studies: material.studies.length },
      corpora,
      seeds: timedCorpus(context.root, SOURCES_DIRECTORY),
      generated: timedCorpus(context.root, smallest.directory),
    };
  },
  render(json) {
    const perSource = (profile: PipelineProfile, count: number): string => (count / profile.sources).toFixed(1);
    const share = (profile: PipelineProfile, part: Record<string, number>): string =>
      Object.entries(part)
        .sort((a, b) => b[1] - a[1])
        .map(([value, count]) => `${value} ${Math.round((count / profile.claims) * 100)}%`)
        .join(', ');
    return [
      `\`scripts/bench/generate-corpus.ts\` recombines the five seeds' ${json.material.sentences} distinct sentences and ${json.material.lines} stand-alone lines (headings, captions, navigation) into new sources with a seeded generator (seed ${json.seed}): 8 to 24 paragraphs of 1 to 3 sentences, 15% of them a lone line, 1 or 2 studies from the seeds' ${json.material.studies} or from a pool of made-up studies that grows by one per ten sources. Source *i* is the same in every corpus size, so a larger corpus is a smaller one plus more sources.`,
      '',
      markdownTable(
        [{ heading: 'sources', numeric: true }, { heading: 'bytes on disk', numeric: true }, { heading: 'mean per source', numeric: true }, { heading: 'generated and written in', numeric: true }],
        json.corpora.map((corpus) => [corpus.sources.toLocaleString('en'), formatBytes(corpus.bytes), formatBytes(corpus.meanBytes), `${corpus.seconds.toFixed(2)} s`]),
      ),
      '',
      'The pipeline alone (in process, no Astro) on the seeds and on the smallest generated corpus:',
      '',
      markdownTable(
        [{ heading: 'corpus' }, { heading: 'sources', numeric: true }, { heading: 'claims', numeric: true }, { heading: 'claims per source', numeric: true }, { heading: 'exclusions per source', numeric: true }, { heading: 'pipeline time', numeric: true }, { heading: 'ms per source', numeric: true }],
        (
          [
            ['seeds', json.seeds],
            ['generated', json.generated],
          ] as const
        ).map(([name, profile]) => [
          name,
          profile.sources,
          profile.claims.toLocaleString('en'),
          perSource(profile, profile.claims),
          perSource(profile, profile.exclusions),
          `${profile.seconds.toFixed(2)} s`,
          ((profile.seconds * 1000) / profile.sources).toFixed(0),
        ]),
      ),
      '',
      markdownTable(
        [{ heading: 'labels' }, { heading: 'seeds' }, { heading: 'generated' }],
        (['kinds', 'hedges', 'species'] as const).map((field) => [field, share(json.seeds, json.seeds[field]), share(json.generated, json.generated[field])]),
      ),
      '',
      '**What this means.** The generated sources go through every stage of the pipeline and come out with the same mix of kinds, hedge levels and species as the seeds, so build times below measure real work. They are longer than most seeds but shorter than the forum thread. One limit: every generated sentence is a seed sentence, so each recurs in many sources; that is the worst case for the cross-source findings, which compare similar statements.',
    ].join('\n');
  },
};
