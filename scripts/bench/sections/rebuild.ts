import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchSection } from '../bench-types.ts';
import { compareSites, sitesAreEqual } from '../compare-sites.ts';
import { markdownTable } from '../markdown-table.ts';
import type { BuildMeasurement } from '../measure-build.ts';

/**
 * What besides a source's bytes makes a rebuild redo work: the pipeline's inputs make the
 * loaders read every source again (PIPELINE_INPUTS in src/loaders/corpus-loaders.ts), and any
 * code, style or data file a route imports makes Astro render its pages again. An edit there
 * during the rebuilds, by someone working in the same tree, would make everything look changed.
 */
const BUILD_INPUTS = ['src', 'content/lexicons', 'content/glossary.yaml', 'content/summary.md', 'astro.config.mjs', 'package-lock.json'];
const ATTEMPTS = 3;
/**
 * Rebuilds after one source changed, of which the report shows the median by CPU time: on this
 * kind of shared machine the CPU time of one rebuild moved by 14% between two runs of the same
 * code half an hour apart (46.3 and 52.9 s on 2026-12-03), more than most changes it is meant to show.
 */
const CHANGED_RUNS = 3;

/** The measurement with the median CPU time (the lower middle one of an even count). */
export function medianByCpu(runs: readonly BuildMeasurement[]): BuildMeasurement {
  const ranked = [...runs].sort((a, b) => (a.cpuSeconds ?? Infinity) - (b.cpuSeconds ?? Infinity));
  return ranked[Math.floor((ranked.length - 1) / 2)]!;
}
/** Differing files named in the report when a rebuild does not equal a cold build. */
const NAMED_DIFFERENCES = 5;

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
  /** Of the render phase, the seconds before the first page: the pages' data, the findings above all. */
  pathsSeconds?: number | null;
  /** Routes Astro rendered, and those it reused from its incremental cache. */
  routes?: BuildMeasurement['routes'];
  /** What each corpus loader read again, reused and removed; no entry when it read nothing. */
  loaders: BuildMeasurement['loaders'];
  /** The findings' CPU time when the build worked them out, null when it read them from the cache; absent in older results. */
  findings?: BuildMeasurement['findings'];
}

/** A file-by-file comparison of the rebuilt site with a cold build of the same inputs. */
export interface ColdComparison {
  equal: boolean;
  /** Files in both sites. */
  compared: number;
  /** The first few files that differ or stand in one site only. */
  differences: string[];
  differenceCount: number;
}

export interface RebuildJson {
  /** Generated sources beside the real corpus; null when the cold build did not finish. */
  generated: number;
  sources: number | null;
  changedSource: string | null;
  cold: RebuildTiming | null;
  /** A second build with nothing changed: the floor of any rebuild. */
  unchanged: RebuildTiming | null;
  /** The rebuild after one source changed with the median CPU time of `oneChangedCpuSeconds`. */
  oneChanged: RebuildTiming | null;
  /** The CPU seconds of each rebuild after one source changed, in the order they ran; absent in results older than the repeats. */
  oneChangedCpuSeconds?: (number | null)[];
  /** oneChanged wall time ÷ cold wall time. */
  fraction: number | null;
  /** Rebuild pairs measured: a pair is measured again when the pipeline's inputs changed under it. */
  attempts?: number;
  /** The pipeline's inputs changed during the last pair too: the figures do not show the cache at work. */
  inputsChangedDuringRun?: boolean;
  /** Every corpus loader read exactly one source and reused the rest. */
  onlyOneRead: boolean | null;
  /** The rebuild after the change against a cold build of the changed corpus; absent in results older than the comparison. */
  matchesColdBuild?: ColdComparison | null;
  /** That cold build of the changed corpus: a second cold build of the same size, as CPU time moves between runs; absent in older results. */
  referenceCold?: RebuildTiming | null;
}

/** Whether the run measured both cold builds' CPU time, so that coldBaseline chose between two. */
export function hasTwoColdBuilds(json: Pick<RebuildJson, 'cold' | 'referenceCold'>): boolean {
  return typeof json.cold?.cpuSeconds === 'number' && typeof json.referenceCold?.cpuSeconds === 'number';
}

/**
 * The cold build the rebuild is held to: of the two cold builds a run makes (the corpus, and
 * the corpus with the change, for the comparison), the one that took less CPU time. Between
 * two cold builds of one run the CPU time has differed by a quarter on this kind of shared
 * machine (96.8 and 78.2 s on 2026-12-04); the faster one gives the rebuild the larger share,
 * so a budget met against it is met against either.
 */
export function coldBaseline(json: Pick<RebuildJson, 'cold' | 'referenceCold'>): RebuildTiming | null {
  const builds = [json.cold, json.referenceCold].filter((timing): timing is RebuildTiming => timing !== null && timing !== undefined && timing.cpuSeconds !== null);
  if (builds.length === 0) return json.cold ?? null;
  return builds.reduce((faster, timing) => (timing.cpuSeconds! < faster.cpuSeconds! ? timing : faster));
}

function timingOf({ wallSeconds, cpuSeconds, contentSeconds, renderSeconds, pathsSeconds, routes, loaders, findings }: BuildMeasurement): RebuildTiming {
  return { wallSeconds, cpuSeconds, contentSeconds, renderSeconds, pathsSeconds, routes, loaders, findings };
}

/**
 * What the rebuild's CPU share would be without the findings' own CPU time: in the rebuild alone
 * (the most an update of the previous build's findings could save, as the pages it regroups
 * would still render), and in both builds (the most a faster grouping could save, as it speeds
 * the cold build up alike). Null when a build did not say what its findings took.
 */
export function sharesWithoutFindings(cold: RebuildTiming, changed: RebuildTiming): { rebuildOnly: number; bothBuilds: number } | null {
  const coldFindings = cold.findings?.cpuSeconds;
  const changedFindings = changed.findings?.cpuSeconds;
  if (cold.cpuSeconds === null || changed.cpuSeconds === null || coldFindings === undefined || coldFindings === null || changedFindings === undefined || changedFindings === null) return null;
  return { rebuildOnly: (changed.cpuSeconds - changedFindings) / cold.cpuSeconds, bothBuilds: (changed.cpuSeconds - changedFindings) / (cold.cpuSeconds - coldFindings) };
}

/** Compares two built sites (relative to the root) for the report. */
function comparison(root: string, rebuilt: string, cold: string): ColdComparison {
  const difference = compareSites(join(root, rebuilt), join(root, cold));
  const differences = [...difference.differing, ...difference.onlyInFirst.map((path) => `${path} (rebuild only)`), ...difference.onlyInSecond.map((path) => `${path} (cold build only)`)];
  return { equal: sitesAreEqual(difference), compared: difference.compared, differences: differences.slice(0, NAMED_DIFFERENCES), differenceCount: differences.length };
}

/** The corpus size to rebuild: 500 where it is measured, else the largest size below it, else the smallest. */
export function rebuildSize(sizes: readonly number[]): number {
  if (sizes.includes(500)) return 500;
  const below = sizes.filter((size) => size < 500);
  return below.length > 0 ? Math.max(...below) : Math.min(...sizes);
}

/**
 * Section 3: a warm rebuild after one source of a generated corpus changes. The loaders reuse
 * what the content layer stored (src/loaders/corpus-loaders.ts) and Astro's incremental build
 * reuses every page whose code and inputs are unchanged (src/components/page-inputs.ts); the
 * rebuilt site is then compared, file by file, with a cold build of the same changed corpus.
 */
export const section: BenchSection<RebuildJson> = {
  name: 'rebuild',
  title: 'Rebuild after changing one source',
  async run(context) {
    const size = rebuildSize(context.sizes);
    const corpus = context.generateCorpus(size);
    context.log(`cold build of the real corpus + ${size} generated sources (reused if already built in this run)`);
    const cold = await context.corpusSite(size);
    if (cold.timedOut) return { generated: size, sources: null, changedSource: null, cold: null, unchanged: null, oneChanged: null, fraction: null, onlyOneRead: null, matchesColdBuild: null };
    const rebuild = (): Promise<BuildMeasurement> => context.build({ name: `corpus-${size}`, cold: false, extraSourcesDirectory: corpus.directory });
    const changedSource = corpus.ids[Math.floor(corpus.ids.length / 2)]!;
    const file = join(context.root, corpus.directory, `${changedSource}.md`);
    const original = readFileSync(file, 'utf8');
    let unchanged: BuildMeasurement;
    let oneChanged: BuildMeasurement;
    let oneChangedRuns: BuildMeasurement[] = [];
    let attempts = 0;
    let inputsChanged: boolean;
    do {
      attempts += 1;
      const before = latestChange(context.root, BUILD_INPUTS);
      context.log('warm rebuild, nothing changed');
      unchanged = await rebuild();
      oneChangedRuns = [];
      try {
        // Each rebuild after the first undoes the change before it, so each is a rebuild after
        // one source changed; the last has the paragraph added, as the cold build compared below.
        for (let run = 0; run < CHANGED_RUNS; run += 1) {
          const added = run % 2 === 0;
          writeFileSync(file, added ? `${original}\n${ADDED_PARAGRAPH}\n` : original);
          context.log(`warm rebuild after ${added ? 'adding a paragraph to' : 'removing the paragraph from'} ${changedSource} (${run + 1} of ${CHANGED_RUNS})`);
          oneChangedRuns.push(await rebuild());
        }
      } finally {
        writeFileSync(file, original);
      }
      oneChanged = medianByCpu(oneChangedRuns);
      inputsChanged = latestChange(context.root, BUILD_INPUTS) !== before;
      if (inputsChanged) context.log('the build\'s inputs changed during the rebuilds (someone edited them): measuring again');
    } while (inputsChanged && attempts < ATTEMPTS);
    // Reusing pages is right only if it changes nothing: build the changed corpus cold, in a
    // folder and cache of its own, and compare the two sites file by file.
    let matchesColdBuild: ColdComparison | null = null;
    let referenceCold: RebuildTiming | null = null;
    try {
      writeFileSync(file, `${original}\n${ADDED_PARAGRAPH}\n`);
      context.log(`cold build of the corpus with ${changedSource} changed, to compare with the rebuild`);
      const reference = await context.build({ name: `corpus-${size}-changed`, cold: true, extraSourcesDirectory: corpus.directory });
      if (!reference.timedOut) {
        matchesColdBuild = comparison(context.root, oneChanged.outDir, reference.outDir);
        referenceCold = timingOf(reference);
      }
    } finally {
      writeFileSync(file, original);
    }
    const loaders = oneChanged.loaders;
    return {
      generated: size,
      sources: cold.sources,
      changedSource,
      cold: timingOf(cold),
      unchanged: timingOf(unchanged),
      oneChanged: timingOf(oneChanged),
      oneChangedCpuSeconds: oneChangedRuns.map((run) => run.cpuSeconds),
      fraction: oneChanged.wallSeconds / cold.wallSeconds,
      attempts,
      inputsChangedDuringRun: inputsChanged,
      onlyOneRead: loaders.length === 3 && loaders.every((loader) => loader.read === 1 && loader.removed === 0 && loader.reused === (cold.sources ?? 0) - 1),
      matchesColdBuild,
      referenceCold,
    };
  },
  render(json) {
    if (json.cold === null || json.unchanged === null || json.oneChanged === null) {
      return `The cold build of ${json.generated} generated sources did not finish within the time limit, so there is no warm rebuild to measure.`;
    }
    const cold = coldBaseline(json)!;
    const seconds = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : `${value.toFixed(1)} s`);
    const routes = (timing: RebuildTiming): string => (timing.routes ? `${timing.routes.rendered} rendered, ${timing.routes.reused} reused` : '–');
    const share = (part: number | null, whole: number | null): string => (part === null || whole === null ? '–' : `${Math.round((part / whole) * 100)}%`);
    const row = (name: string, timing: RebuildTiming) => [
      name,
      seconds(timing.wallSeconds),
      share(timing.wallSeconds, cold.wallSeconds),
      seconds(timing.cpuSeconds),
      share(timing.cpuSeconds, cold.cpuSeconds),
      seconds(timing.contentSeconds),
      seconds(timing.pathsSeconds),
      timing.findings === undefined || timing.findings === null ? '–' : timing.findings.cpuSeconds === null ? 'from cache' : seconds(timing.findings.cpuSeconds),
      seconds(timing.renderSeconds),
      routes(timing),
      timing.loaders.length === 0 ? 'no source read' : timing.loaders.map((loader) => `${loader.loader}: ${loader.read} read, ${loader.reused} reused`).join('; '),
    ];
    const changed = json.oneChanged;
    const reuse = changed.routes
      ? `Of ${changed.routes.rendered + changed.routes.reused} routes, Astro rendered ${changed.routes.rendered} and reused ${changed.routes.reused} from its incremental cache. It renders the pages of the changed source and its claims; the pages whose inputs the change touched (the findings it regrouped and their claims, related claims, studies); the changed source's search-index record files (filed by source, so no other source's move); and the pages without a cache key (the timeline and source lists and the other pages that count the whole corpus, the search index's head), on every build; the data exports are rendered when a claim, exclusion or source changes.`
      : 'The build log shows no routes, so the reuse of pages cannot be told.';
    const comparisonText =
      json.matchesColdBuild === undefined
        ? 'This run did not compare the rebuild with a cold build.'
        : json.matchesColdBuild === null
          ? 'The cold build of the changed corpus did not finish, so the rebuild was not compared with it.'
          : json.matchesColdBuild.equal
            ? `The rebuilt site equals a cold build of the same changed corpus, byte for byte (${json.matchesColdBuild.compared} files compared).`
            : `**The rebuilt site differs from a cold build of the same changed corpus** in ${json.matchesColdBuild.differenceCount} files (${json.matchesColdBuild.differences.join(', ')}${json.matchesColdBuild.differenceCount > json.matchesColdBuild.differences.length ? ', …' : ''}): a cache key misses something its page shows.`;
    return [
      `The real corpus plus ${json.generated} generated sources (${json.sources} in all): a cold build, then, with the caches it left (the content layer's store and Astro's incremental build), a rebuild with nothing changed and ${json.oneChangedCpuSeconds && json.oneChangedCpuSeconds.length > 1 ? `${json.oneChangedCpuSeconds.length} rebuilds after one source changed: a paragraph added to \`${json.changedSource}\`, removed, added again (CPU ${json.oneChangedCpuSeconds.map((value) => seconds(value)).join(', ')}; the table shows the median)` : `a rebuild after one paragraph was added to \`${json.changedSource}\``}. "Paths" is the part of the render phase before the first page is written, where the pages' data (the findings above all) is worked out, and "findings" the CPU time of working them out, as the build's log gives it (src/findings/findings-log-line.ts); "routes" counts pages and endpoint files; the last column is the corpus loaders' own log (src/loaders/corpus-loaders.ts). ${baselineText(json, cold, seconds)}`,
      '',
      markdownTable(
        [
          { heading: 'build' },
          { heading: 'wall', numeric: true },
          { heading: 'of cold', numeric: true },
          { heading: 'CPU', numeric: true },
          { heading: 'CPU of cold', numeric: true },
          { heading: 'content', numeric: true },
          { heading: 'paths', numeric: true },
          { heading: 'findings (CPU)', numeric: true },
          { heading: 'render', numeric: true },
          { heading: 'routes' },
          { heading: 'sources through the pipeline' },
        ],
        [
          row('cold', json.cold),
          ...(json.referenceCold ? [row('cold, the corpus with the change (for the comparison)', json.referenceCold)] : []),
          row('warm, nothing changed', json.unchanged), row(json.oneChangedCpuSeconds && json.oneChangedCpuSeconds.length > 1 ? `warm, one source changed (median of ${json.oneChangedCpuSeconds.length} by CPU)` : 'warm, one source changed', changed),
        ],
      ),
      '',
      `**What this means.** ${
        json.onlyOneRead
          ? `Only the changed source went through the pipeline again; the ${(json.sources ?? 1) - 1} others came from the cache.`
          : json.inputsChangedDuringRun
            ? 'Every source went through the pipeline again because files the build reads (src/, content/, the config or the lock file) changed during the rebuilds (someone was editing them), which rightly invalidates everything: measure again on a quiet tree.'
            : 'More than the changed source went through the pipeline again (see the last column): the incremental digests did not hold.'
      } ${reuse} The rebuild takes ${share(changed.wallSeconds, cold.wallSeconds)} of a cold build's wall time (${seconds(changed.wallSeconds)} against ${seconds(cold.wallSeconds)}) and ${share(changed.cpuSeconds, cold.cpuSeconds)} of its CPU time (${seconds(changed.cpuSeconds)} against ${seconds(cold.cpuSeconds)}); on a machine shared with other work the wall times depend on the load of the moment (see the load average above), so the CPU share is the one to compare. What remains is work that does not shrink with the change: Astro's start-up and Vite bundle, the content layer's check of every source (${seconds(changed.contentSeconds)}), the render phase of a rebuild with nothing changed (${seconds(json.unchanged.renderSeconds)}: the pages without a cache key, and Astro's check of every page it reuses, which stays where it is in the output folder, src/build/prune-stale-outputs.ts), and the findings, which group claims across all sources and so are worked out again whenever any source changes (most of the ${seconds(changed.pathsSeconds)} before the first page; with nothing changed they are read from the cache, ${seconds(json.unchanged.pathsSeconds)}). ${floorText(cold, changed, seconds)} ${comparisonText}`,
    ].join('\n');
  },
};

/** Which cold build the shares are of, when the run made two. */
function baselineText(json: RebuildJson, cold: RebuildTiming, seconds: (value: number | null | undefined) => string): string {
  if (!hasTwoColdBuilds(json) || !json.referenceCold || json.cold === null) return 'The shares are of the cold build.';
  const other = cold === json.cold ? json.referenceCold : json.cold;
  return `The run made two cold builds of the same size (${seconds(json.cold.cpuSeconds)} and ${seconds(json.referenceCold.cpuSeconds)} of CPU): the shares ("of cold") are of the faster, ${seconds(cold.cpuSeconds)}, which gives the rebuild the larger share; against the other (${seconds(other.cpuSeconds)}) they would be smaller. So a share that meets the budget meets it against either, and one that misses it by less than the two builds differ may not miss it on a quieter machine.`;
}

/** What the rebuild would cost without the findings, and why they are worked out again. */
function floorText(cold: RebuildTiming, changed: RebuildTiming, seconds: (value: number | null | undefined) => string): string {
  if (changed.findings?.cpuSeconds === null) return 'This rebuild read its findings from the cache: the change left every claim as it was.';
  const shares = sharesWithoutFindings(cold, changed);
  if (shares === null) return "This run's build logs do not say what the findings took.";
  const percent = (value: number) => `${Math.round(value * 100)}%`;
  return `Working the findings out took ${seconds(changed.findings?.cpuSeconds)} of the rebuild's CPU time (${seconds(cold.findings?.cpuSeconds)} in the cold build), with the pages their regrouping touched to render besides. Without that time the rebuild would take ${percent(shares.rebuildOnly)} of a cold build: what a rebuild that updated the previous build's findings, instead of working them out again, could take at the least. A faster grouping speeds the cold build up as well: with the findings free in both builds the rebuild would take ${percent(shares.bothBuilds)}. They are worked out again because no part of them can be kept exactly: a word's weight is counted over the whole corpus (rounded, src/findings/weigh-words.ts, so that a change moves few weights, but one it moves changes the score of every pair weighed over the corpus that shares the word, wherever it stands, and which pairs are scored at all), and average linkage merges the best pair of groups first across the whole corpus, so a merge near the change can decide one further away. An update that kept the previous groups could give a rebuilt site that differs from a cold build of the same sources.`;
}
