import type { BenchSection } from '../bench-types.ts';
import { fitLine, type LineFit } from '../least-squares.ts';
import { markdownTable } from '../markdown-table.ts';
import type { BuildMeasurement } from '../measure-build.ts';

export interface TimedBuild {
  /** Generated sources added to the real corpus: 0 for the real corpus alone. */
  generated: number;
  sources: number | null;
  claims: number | null;
  pages: number | null;
  wallSeconds: number;
  cpuSeconds: number | null;
  contentSeconds: number | null;
  renderSeconds: number | null;
  maxRssMiB: number | null;
  loadBefore: number;
  loadAfter: number;
  timedOut: boolean;
}

export interface BuildTimeJson {
  builds: TimedBuild[];
  /** Wall seconds against sources, and against thousands of claims, over every finished build. */
  perSource: LineFit | null;
  perThousandClaims: LineFit | null;
  /** CPU seconds against sources: less sensitive to other work on the machine. */
  cpuPerSource: LineFit | null;
  /**
   * Seconds each generated source adds ((time − time of the real corpus alone) ÷ generated
   * sources) at the largest and the smallest size, and their ratio: near 1 when growth is
   * linear, above 1 when each source costs more in a larger corpus.
   */
  linearity: { smallest: number; largest: number; wallRatio: number; cpuRatio: number | null } | null;
}

function timed(generated: number, build: BuildMeasurement): TimedBuild {
  const { sources, claims, pages, wallSeconds, cpuSeconds, contentSeconds, renderSeconds, maxRssMiB, loadBefore, loadAfter, timedOut } = build;
  return { generated, sources, claims, pages, wallSeconds, cpuSeconds, contentSeconds, renderSeconds, maxRssMiB, loadBefore, loadAfter, timedOut };
}

/** Builds measured in full: a timed-out one has no claims to plot. */
function finished(builds: readonly TimedBuild[]): (TimedBuild & { sources: number; claims: number })[] {
  return builds.filter((build): build is TimedBuild & { sources: number; claims: number } => !build.timedOut && build.sources !== null && build.claims !== null);
}

function fitOrNull(points: { x: number; y: number }[]): LineFit | null {
  return new Set(points.map((point) => point.x)).size >= 2 ? fitLine(points) : null;
}

/**
 * How much one generated source adds at the smallest and the largest generated size, taking
 * the real corpus alone as the fixed cost, and the ratio of the two; null without the real
 * corpus and two generated sizes.
 */
export function linearityOf(builds: readonly TimedBuild[]): BuildTimeJson['linearity'] {
  const base = builds.find((build) => build.generated === 0);
  const generated = builds.filter((build) => build.generated > 0).sort((a, b) => a.generated - b.generated);
  const smallest = generated[0];
  const largest = generated.at(-1);
  if (base === undefined || smallest === undefined || largest === undefined || smallest === largest) return null;
  const perSource = (build: TimedBuild, seconds: (build: TimedBuild) => number | null): number | null => {
    const own = seconds(build);
    const fixed = seconds(base);
    return own === null || fixed === null ? null : (own - fixed) / build.generated;
  };
  const wall = (build: TimedBuild): number => build.wallSeconds;
  const cpu = (build: TimedBuild): number | null => build.cpuSeconds;
  const [smallWall, largeWall, smallCpu, largeCpu] = [perSource(smallest, wall)!, perSource(largest, wall)!, perSource(smallest, cpu), perSource(largest, cpu)];
  return { smallest: smallWall, largest: largeWall, wallRatio: largeWall / smallWall, cpuRatio: smallCpu !== null && largeCpu !== null ? largeCpu / smallCpu : null };
}

/** Section 2: full builds from a cold content-layer cache, the real corpus and generated ones. */
export const section: BenchSection<BuildTimeJson> = {
  name: 'build-time',
  title: 'Build time',
  async run(context) {
    const builds: TimedBuild[] = [];
    context.log('cold build of the real corpus');
    builds.push(timed(0, await context.realSite()));
    for (const size of [...context.sizes].sort((a, b) => a - b)) {
      context.log(`cold build of the real corpus + ${size} generated sources`);
      const build = timed(size, await context.corpusSite(size));
      builds.push(build);
      if (build.timedOut) {
        context.log(`the build of ${size} sources timed out: larger sizes skipped`);
        break;
      }
    }
    const done = finished(builds);
    const withCpu = done.filter((build) => build.cpuSeconds !== null);
    return {
      builds,
      perSource: fitOrNull(done.map((build) => ({ x: build.sources, y: build.wallSeconds }))),
      perThousandClaims: fitOrNull(done.map((build) => ({ x: build.claims / 1000, y: build.wallSeconds }))),
      cpuPerSource: fitOrNull(withCpu.map((build) => ({ x: build.sources, y: build.cpuSeconds! }))),
      linearity: linearityOf(done),
    };
  },
  render(json, stored) {
    const seconds = (value: number | null): string => (value === null ? '–' : `${value.toFixed(1)} s`);
    const rows = json.builds.map((build) => [
      build.generated === 0 ? 'real corpus' : `real + ${build.generated.toLocaleString('en')} generated`,
      build.sources?.toLocaleString('en') ?? '–',
      build.claims?.toLocaleString('en') ?? '–',
      build.pages?.toLocaleString('en') ?? '–',
      build.timedOut ? `timed out after ${build.wallSeconds.toFixed(0)} s` : seconds(build.wallSeconds),
      seconds(build.cpuSeconds),
      seconds(build.contentSeconds),
      seconds(build.renderSeconds),
      build.maxRssMiB === null ? '–' : `${build.maxRssMiB.toLocaleString('en')} MiB`,
      `${build.loadBefore} → ${build.loadAfter}`,
    ]);
    const fit = (line: LineFit | null, unit: string, scale = 1): string =>
      line === null ? 'not enough sizes to fit' : `${(line.slope * scale).toFixed(3)} s ${unit} (intercept ${line.intercept.toFixed(1)} s, r² ${line.rSquared.toFixed(3)})`;
    const lines = [
      `Each build runs \`astro build\` in a fresh process (scripts/bench/build-site.ts) with an emptied content-layer cache, into its own folder under \`node_modules/.cache/bench/\`. Generated sources are added to the real corpus through \`EXTRA_SOURCES_DIRECTORY\`. *Content* is Astro's "collecting build info" (the content layer, where the claim pipeline runs); *render* is "generating static routes". CPU is the build process's user + system time; the load average (${stored.machine.cpuCount} cores) shows whether other work shared the machine.`,
      '',
      markdownTable(
        [
          { heading: 'corpus' },
          { heading: 'sources', numeric: true },
          { heading: 'claims', numeric: true },
          { heading: 'pages', numeric: true },
          { heading: 'wall', numeric: true },
          { heading: 'CPU', numeric: true },
          { heading: 'content', numeric: true },
          { heading: 'render', numeric: true },
          { heading: 'peak memory', numeric: true },
          { heading: 'load before → after', numeric: true },
        ],
        rows,
      ),
      '',
      `- Least-squares slope of wall time: ${fit(json.perSource, 'per source', 1)}; ${fit(json.perThousandClaims, 'per 1,000 claims')}.`,
      `- Least-squares slope of CPU time: ${fit(json.cpuPerSource, 'per source')}.`,
    ];
    if (json.linearity) {
      const { smallest, largest, wallRatio, cpuRatio } = json.linearity;
      const sizes = json.builds.filter((build) => build.generated > 0 && !build.timedOut);
      lines.push(
        `- Each generated source adds ${smallest.toFixed(3)} s at ${sizes[0]!.generated.toLocaleString('en')} sources and ${largest.toFixed(3)} s at ${sizes.at(-1)!.generated.toLocaleString('en')}: a ratio of ${wallRatio.toFixed(2)} in wall time${cpuRatio === null ? '' : ` and ${cpuRatio.toFixed(2)} in CPU time`} (1 is linear).`,
      );
    }
    lines.push('', `**What this means.** ${meaning(json)}`);
    return lines.join('\n');
  },
};

function meaning(json: BuildTimeJson): string {
  const timedOut = json.builds.find((build) => build.timedOut);
  if (timedOut) return `The build of ${timedOut.generated.toLocaleString('en')} generated sources did not finish within the time limit: some stage grows faster than linearly with the corpus. The builds that finished are above.`;
  if (!json.linearity) return 'Run more than one corpus size to see how build time grows.';
  const ratio = json.linearity.cpuRatio ?? json.linearity.wallRatio;
  const verdict =
    ratio <= 1.25
      ? 'Build time grows close to linearly with the corpus'
      : ratio <= 2
        ? 'Build time grows somewhat faster than linearly'
        : 'Build time grows clearly faster than linearly: some stage is superlinear in the number of claims';
  const perThousand = json.perSource ? `about ${(json.perSource.slope * 1000).toFixed(0)} s per 1,000 sources` : '';
  const largest = finished(json.builds).at(-1)!;
  const split =
    largest.contentSeconds !== null && largest.renderSeconds !== null
      ? ` At the largest size the content layer (the pipeline) takes ${Math.round((largest.contentSeconds / largest.wallSeconds) * 100)}% of the wall time and rendering ${largest.pages?.toLocaleString('en') ?? 'the'} pages ${Math.round((largest.renderSeconds / largest.wallSeconds) * 100)}%.`
      : '';
  return `${verdict} (each source costs ${ratio.toFixed(2)}× as much at the largest size as at the smallest)${perThousand ? `, ${perThousand}` : ''}.${split}`;
}
