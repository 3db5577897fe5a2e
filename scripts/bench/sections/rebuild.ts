import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchSection } from '../bench-types.ts';
import { markdownTable } from '../markdown-table.ts';
import type { BuildMeasurement } from '../measure-build.ts';

/**
 * What besides a source's bytes makes the loaders read it again (PIPELINE_INPUTS in
 * src/loaders/corpus-loaders.ts): an edit there during the rebuilds, by someone working in
 * the same tree, would make every source look changed.
 */
const PIPELINE_INPUTS = ['src/pipeline', 'src/schemas', 'content/lexicons', 'content/glossary.yaml'];
const ATTEMPTS = 3;

/** The latest modification time of any file under the given paths, in milliseconds. */
function latestChange(root: string, paths: readonly string[]): number {
  const newest = (path: string): number => {
    const stats = statSync(path);
    return stats.isDirectory() ? Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name)))) : stats.mtimeMs;
  };
  return Math.max(...paths.map((path) => newest(join(root, path))));
}

/** The sentence the benchmark adds to one source: an editor's small change. */
const ADDED_PARAGRAPH = 'An editor added this sentence to the source after it was first built.';

interface RebuildTiming {
  wallSeconds: number;
  cpuSeconds: number | null;
  contentSeconds: number | null;
  renderSeconds: number | null;
  /** What each corpus loader read again, reused and removed; no entry when it read nothing. */
  loaders: BuildMeasurement['loaders'];
}

export interface RebuildJson {
  /** Generated sources beside the real corpus; null when the cold build did not finish. */
  generated: number;
  sources: number | null;
  changedSource: string | null;
  cold: RebuildTiming | null;
  /** A second build with nothing changed: the floor of any rebuild. */
  unchanged: RebuildTiming | null;
  oneChanged: RebuildTiming | null;
  /** oneChanged wall time ÷ cold wall time. */
  fraction: number | null;
  /** Rebuild pairs measured: a pair is measured again when the pipeline's inputs changed under it. */
  attempts?: number;
  /** The pipeline's inputs changed during the last pair too: the figures do not show the cache at work. */
  inputsChangedDuringRun?: boolean;
  /** Every corpus loader read exactly one source and reused the rest. */
  onlyOneRead: boolean | null;
}

function timingOf({ wallSeconds, cpuSeconds, contentSeconds, renderSeconds, loaders }: BuildMeasurement): RebuildTiming {
  return { wallSeconds, cpuSeconds, contentSeconds, renderSeconds, loaders };
}

/** The corpus size to rebuild: 500 where it is measured, else the largest size below it, else the smallest. */
export function rebuildSize(sizes: readonly number[]): number {
  if (sizes.includes(500)) return 500;
  const below = sizes.filter((size) => size < 500);
  return below.length > 0 ? Math.max(...below) : Math.min(...sizes);
}

/** Section 3: a warm rebuild after one source of a generated corpus changes. */
export const section: BenchSection<RebuildJson> = {
  name: 'rebuild',
  title: 'Rebuild after changing one source',
  async run(context) {
    const size = rebuildSize(context.sizes);
    const corpus = context.generateCorpus(size);
    context.log(`cold build of the real corpus + ${size} generated sources (reused if already built in this run)`);
    const cold = await context.corpusSite(size);
    if (cold.timedOut) return { generated: size, sources: null, changedSource: null, cold: null, unchanged: null, oneChanged: null, fraction: null, onlyOneRead: null };
    const rebuild = (): Promise<BuildMeasurement> => context.build({ name: `corpus-${size}`, cold: false, extraSourcesDirectory: corpus.directory });
    const changedSource = corpus.ids[Math.floor(corpus.ids.length / 2)]!;
    const file = join(context.root, corpus.directory, `${changedSource}.md`);
    const original = readFileSync(file, 'utf8');
    let unchanged: BuildMeasurement;
    let oneChanged: BuildMeasurement;
    let attempts = 0;
    let inputsChanged: boolean;
    do {
      attempts += 1;
      const before = latestChange(context.root, PIPELINE_INPUTS);
      context.log('warm rebuild, nothing changed');
      unchanged = await rebuild();
      try {
        writeFileSync(file, `${original}\n${ADDED_PARAGRAPH}\n`);
        context.log(`warm rebuild after changing ${changedSource}`);
        oneChanged = await rebuild();
      } finally {
        writeFileSync(file, original);
      }
      inputsChanged = latestChange(context.root, PIPELINE_INPUTS) !== before;
      if (inputsChanged) context.log('the pipeline\'s inputs changed during the rebuilds (someone edited them): measuring again');
    } while (inputsChanged && attempts < ATTEMPTS);
    const loaders = oneChanged.loaders;
    return {
      generated: size,
      sources: cold.sources,
      changedSource,
      cold: timingOf(cold),
      unchanged: timingOf(unchanged),
      oneChanged: timingOf(oneChanged),
      fraction: oneChanged.wallSeconds / cold.wallSeconds,
      attempts,
      inputsChangedDuringRun: inputsChanged,
      onlyOneRead: loaders.length === 3 && loaders.every((loader) => loader.read === 1 && loader.removed === 0 && loader.reused === (cold.sources ?? 0) - 1),
    };
  },
  render(json) {
    if (json.cold === null || json.unchanged === null || json.oneChanged === null) {
      return `The cold build of ${json.generated} generated sources did not finish within the time limit, so there is no warm rebuild to measure.`;
    }
    const seconds = (value: number | null): string => (value === null ? '–' : `${value.toFixed(1)} s`);
    const row = (name: string, timing: RebuildTiming) => [
      name,
      seconds(timing.wallSeconds),
      `${Math.round((timing.wallSeconds / json.cold!.wallSeconds) * 100)}%`,
      seconds(timing.cpuSeconds),
      seconds(timing.contentSeconds),
      seconds(timing.renderSeconds),
      timing.loaders.length === 0 ? 'no source read' : timing.loaders.map((loader) => `${loader.loader}: ${loader.read} read, ${loader.reused} reused`).join('; '),
    ];
    return [
      `The real corpus plus ${json.generated} generated sources (${json.sources} in all): a cold build, then, with the content-layer cache it left, a rebuild with nothing changed and a rebuild after one paragraph was added to \`${json.changedSource}\`. The last column is the corpus loaders' own log (src/loaders/corpus-loaders.ts).`,
      '',
      markdownTable(
        [{ heading: 'build' }, { heading: 'wall', numeric: true }, { heading: 'of cold', numeric: true }, { heading: 'CPU', numeric: true }, { heading: 'content', numeric: true }, { heading: 'render', numeric: true }, { heading: 'sources through the pipeline' }],
        [row('cold', json.cold), row('warm, nothing changed', json.unchanged), row('warm, one source changed', json.oneChanged)],
      ),
      '',
      `**What this means.** ${
        json.onlyOneRead
          ? `Only the changed source went through the pipeline again; the ${(json.sources ?? 1) - 1} others came from the cache.`
          : json.inputsChangedDuringRun
            ? 'Every source went through the pipeline again because files under src/pipeline, src/schemas or content/ changed during the rebuilds (someone was editing them), which rightly invalidates every source: measure again on a quiet tree.'
            : 'More than the changed source went through the pipeline again (see the last column): the incremental digests did not hold.'
      } The rebuild still takes ${Math.round((json.fraction ?? 0) * 100)}% of a cold build, because Astro renders every page again on each build: the cache saves the content layer (${seconds(json.cold.contentSeconds)} cold, ${seconds(json.oneChanged.contentSeconds)} warm), not the rendering.`,
    ].join('\n');
  },
};
