/**
 * The Node options `npm run build` runs Astro with (package.json), so that the benchmark times
 * the build readers run: a young generation of 64 MB, where V8's default is a few, takes a
 * build of 505 sources from 75 to 67 s of CPU (the findings and the pages allocate millions
 * of short-lived objects, and a small young generation collects them too often).
 * tests/unit/bench/build-output.test.ts keeps the two in step.
 */
export const BUILD_NODE_OPTIONS = ['--max-semi-space-size=64'] as const;

import { readFindingsLogLine, type FindingsLogFacts } from '../../src/findings/findings-log-line.ts';

/** The line build-site.ts ends with: its CPU time and peak memory, as JSON after this prefix. */
export const BUILD_USAGE_PREFIX = 'bench-build-usage ';

/** A duration as Astro prints it: "912ms", "17.90s", "1m 17s". */
const DURATION = '((?:\\d+m )?[\\d.]+m?s)';

/** What a build's console output says about it. */
export interface BuildOutputFacts {
  /** Pages Astro reports it built. */
  pages: number | null;
  /** Per content-layer loader: how many sources it read through the pipeline, reused from the cache, removed. */
  loaders: { loader: string; read: number; reused: number; removed: number }[];
  /** Seconds Astro spent collecting build info: syncing the content layer, where the pipeline runs. */
  contentSeconds: number | null;
  /** Seconds Astro spent generating static routes: rendering the pages. */
  renderSeconds: number | null;
  /**
   * Of the render phase, the seconds before the first route was written: the pages' data
   * (getStaticPaths, the findings) is worked out then. Read from the log's whole-second
   * timestamps, so it is good to a second.
   */
  pathsSeconds: number | null;
  /** Routes (pages and endpoint files) Astro rendered, and those it reused from the incremental cache. */
  routes: { rendered: number; reused: number } | null;
  /** The findings' line (src/findings/findings-log-line.ts): worked out, with their CPU time, or read from the cache. */
  findings: FindingsLogFacts | null;
  cpuSeconds: number | null;
  maxRssMiB: number | null;
}

/**
 * Reads a build's console output: Astro's page count and render time, the corpus loaders'
 * "N source(s) read, K reused, R removed" lines (src/loaders/corpus-loaders.ts), the findings'
 * line, and the usage line of build-site.ts. A loader that read nothing prints no line.
 */
export function readBuildOutput(output: string): BuildOutputFacts {
  // Astro colours its output when it thinks it writes to a terminal.
  const plain = output.replace(/\u001b\[[0-9;]*m/gu, '');
  const pages = /(\d+) page\(s\) built in/u.exec(plain);
  const loaders = [...plain.matchAll(/\[([\w-]+)\] (\d+) source\(s\) read, (\d+) reused, (\d+) removed/gu)].map((match) => ({
    loader: match[1]!,
    read: Number(match[2]),
    reused: Number(match[3]),
    removed: Number(match[4]),
  }));
  const content = new RegExp(`Collecting build info[\\s\\S]*?Completed in ${DURATION}`, 'u').exec(plain);
  const render = new RegExp(`generating static routes[\\s\\S]*?Completed in ${DURATION}`, 'u').exec(plain);
  const lines = plain.split('\n');
  const routeLines = lines.filter((line) => line.includes('├─'));
  const reused = routeLines.filter((line) => /\((?:restored|cached)\)\s*$/u.test(line)).length;
  const banner = lines.findIndex((line) => line.includes('generating static routes'));
  const clockBeforeBanner = banner < 0 ? undefined : lines.slice(0, banner).reverse().map(clockSeconds).find((clock) => clock !== null);
  const firstRoute = routeLines.length > 0 ? clockSeconds(routeLines[0]!) : null;
  const findings = lines.map(readFindingsLogLine).find((facts) => facts !== null) ?? null;
  const usageLine = lines.find((line) => line.startsWith(BUILD_USAGE_PREFIX));
  const usage = usageLine ? (JSON.parse(usageLine.slice(BUILD_USAGE_PREFIX.length)) as { cpuSeconds: number; maxRssMiB: number }) : null;
  return {
    pages: pages ? Number(pages[1]) : null,
    loaders,
    contentSeconds: content ? secondsOf(content[1]!) : null,
    renderSeconds: render ? secondsOf(render[1]!) : null,
    pathsSeconds: clockBeforeBanner === undefined || clockBeforeBanner === null || firstRoute === null ? null : (firstRoute - clockBeforeBanner + 86_400) % 86_400,
    routes: routeLines.length > 0 ? { rendered: routeLines.length - reused, reused } : null,
    findings,
    cpuSeconds: usage?.cpuSeconds ?? null,
    maxRssMiB: usage?.maxRssMiB ?? null,
  };
}

/** The time of day a log line starts with ("08:13:22"), in seconds; null for a line without one. */
function clockSeconds(line: string): number | null {
  const match = /^(\d{2}):(\d{2}):(\d{2}) /u.exec(line);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : null;
}

/** Seconds in a duration Astro printed. */
function secondsOf(duration: string): number {
  const match = /^(?:(\d+)m )?([\d.]+)(m?s)$/u.exec(duration);
  if (!match) return Number.NaN;
  return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
}
