import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchSection, LighthouseRoute, LighthouseSectionJson } from '../bench-types.ts';
import { markdownTable } from '../markdown-table.ts';
import { linkedAssetsOf } from '../page-assets.ts';
import { startLighthouse } from '../run-lighthouse.ts';
import { builtFileOf, realCorpusRoutes } from '../site-routes.ts';
import { warmUp } from '../static-server.ts';

const SCORES = ['performance', 'accessibility', 'bestPractices', 'seo'] as const;
/**
 * Runs of a route that scores below 100 or fails. Lighthouse's own advice (docs/variability.md
 * in its repository) is the median of five runs, which it measured as twice as stable as one.
 */
const RUNS_WHEN_IMPERFECT = 5;

/** The stylesheets and scripts a built page links, as site paths. */
function routeAssets(site: string, path: string): string[] {
  const { stylesheets, scripts } = linkedAssetsOf(readFileSync(builtFileOf(site, path), 'utf8'));
  return [...stylesheets, ...scripts].map((reference) => new URL(reference, new URL(path, 'http://site.invalid')).pathname);
}

/**
 * A control for the performance score: a page with nothing of the site's (no stylesheet, no
 * script, one heading; the site's icon, so that Chromium does not log a missing /favicon.ico
 * as an error), audited in the same run. Where it scores below 100, the machine and
 * Chromium cost points that no change to the site can win back.
 */
export const CONTROL_PATH = '/bench-control/';
export const CONTROL_PAGE =
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Control page</title><meta name="description" content="A blank page for the benchmark: what a page costs before the site adds anything."><link rel="icon" href="/favicon.svg" type="image/svg+xml"></head><body><main><h1>Control page</h1><p>One heading and one paragraph: no stylesheet, no script, no image.</p></main></body></html>\n';

/** Whether every score of a route is 100. */
export function isPerfect(route: LighthouseRoute): boolean {
  return route.error === undefined && SCORES.every((score) => route[score] === 100);
}

/**
 * The run with the median performance score among the runs of one route (a run that failed
 * counts as the lowest): the performance score moves from run to run with the machine's load,
 * the other categories do not.
 */
export function medianRun(runs: readonly LighthouseRoute[]): LighthouseRoute {
  const ranked = [...runs].sort((a, b) => (a.error === undefined ? (a.performance ?? -1) : -2) - (b.error === undefined ? (b.performance ?? -1) : -2));
  const median = ranked[Math.floor((ranked.length - 1) / 2)]!;
  return { ...median, performanceRuns: runs.map((run) => (run.error === undefined ? run.performance : null)) };
}

/** Section 5: Lighthouse on every route of the real corpus, served as a static host would. */
export const section: BenchSection<LighthouseSectionJson> = {
  name: 'lighthouse',
  title: 'Lighthouse',
  async run(context) {
    const built = await context.realSite();
    const routes = await realCorpusRoutes(resolve(context.root, built.outDir));
    const server = await context.serve(built.outDir, new Map([[CONTROL_PATH, CONTROL_PAGE]]));
    const site = resolve(context.root, built.outDir);
    await warmUp(server, [...new Set(routes.flatMap((route) => [route.path, ...routeAssets(site, route.path)]))]);
    const runner = await startLighthouse(context.chromiumPath);
    const results: LighthouseRoute[] = [];
    const auditRuns = async (name: string, path: string, atLeast: number): Promise<LighthouseRoute[]> => {
      context.log(`Lighthouse: ${path}`);
      const runs = [await runner.audit(name, path, `${server.origin}${path}`)];
      while (runs.length < atLeast || (!isPerfect(runs[0]!) && runs.length < RUNS_WHEN_IMPERFECT)) {
        context.log(`Lighthouse: ${path} again (${runs.map((run) => run.error ?? run.performance).join(', ')})`);
        runs.push(await runner.audit(name, path, `${server.origin}${path}`));
      }
      return runs;
    };
    let control: LighthouseRoute;
    try {
      // The control at the start and at the end: the machine's load may change during the run.
      const controlRuns = await auditRuns('control', CONTROL_PATH, RUNS_WHEN_IMPERFECT);
      for (const route of routes) results.push(medianRun(await auditRuns(route.name, route.path, 1)));
      controlRuns.push(...(await auditRuns('control', CONTROL_PATH, RUNS_WHEN_IMPERFECT)));
      control = medianRun(controlRuns);
    } finally {
      await runner.close();
      await server.close();
    }
    return { lighthouseVersion: runner.version(), settings: runner.settings(), routes: results, control };
  },
  render(json) {
    const show = (score: number | null): string => (score === null ? '–' : score === 100 ? '100' : `**${score}**`);
    const imperfect = json.routes.filter((route) => !isPerfect(route));
    const lines = [
      `Lighthouse ${json.lighthouseVersion} (its default: ${json.settings}) on each route of the real corpus; a route that scores below 100 is run ${RUNS_WHEN_IMPERFECT} times and the run with the median performance score is shown, with every run's score. The site is served by a local static server that sends the site's \`_headers\` and compresses text as a CDN does (scripts/bench/static-server.ts).`,
      '',
      markdownTable(
        [
          { heading: 'route' },
          { heading: 'path' },
          { heading: 'performance', numeric: true },
          { heading: 'accessibility', numeric: true },
          { heading: 'best practices', numeric: true },
          { heading: 'SEO', numeric: true },
          { heading: 'benchmark index', numeric: true },
        ],
        [...json.routes, ...(json.control ? [{ ...json.control, name: 'control: blank page', path: CONTROL_PATH }] : [])].map((route) => [
          route.name,
          `\`${route.path}\``,
          route.performanceRuns && route.performanceRuns.length > 1 ? `${show(route.performance)} (runs: ${route.performanceRuns.map((score) => score ?? 'failed').join(', ')})` : show(route.performance),
          show(route.accessibility),
          show(route.bestPractices),
          show(route.seo),
          route.benchmarkIndex ?? '–',
        ]),
      ),
    ];
    if (imperfect.length > 0) {
      lines.push('', 'What cost points:', '');
      for (const route of imperfect) {
        const items = route.failing.map((audit) => `${audit.category}: ${audit.title} (\`${audit.id}\`${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
        lines.push(`- \`${route.path}\`: ${route.error ?? ''}${items.join('; ') || 'no failing audit listed'}`);
      }
    }
    lines.push('', `**What this means.** ${meaning(json.routes, json.control)}`);
    return lines.join('\n');
  },
};

/** Audits whose score follows the main thread's speed, which on a shared machine follows its load. */
const MAIN_THREAD_AUDITS = new Set(['total-blocking-time', 'max-potential-fid', 'interactive', 'mainthread-work-breakdown', 'bootup-time']);

/**
 * A route measured while the machine ran at less than this share of the control page's speed
 * (Lighthouse's benchmark index) is not held to the control's lowest score: its blocking time
 * is multiplied alike.
 */
export const SLOWER_MOMENT_SHARE = 0.85;

/** What the scores say, in words: which routes lose points, to what, and against the control page. */
export function meaning(routes: readonly LighthouseRoute[], control?: LighthouseRoute): string {
  const imperfect = routes.filter((route) => !isPerfect(route));
  if (imperfect.length === 0) return 'Every route scores 100 in all four categories on a throttled phone profile.';
  // A route whose weighted losses are all main-thread time may pass on a quieter machine; anything else is a fault.
  const weightedLosses = (route: LighthouseRoute) => route.failing.filter((audit) => audit.category !== 'performance' || ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].includes(audit.id));
  const timingOnly = imperfect.filter((route) => route.error === undefined && weightedLosses(route).every((audit) => MAIN_THREAD_AUDITS.has(audit.id)));
  const faults = imperfect.filter((route) => !timingOnly.includes(route));
  const indexes = routes.flatMap((route) => (route.benchmarkIndex === undefined ? [] : [route.benchmarkIndex]));
  const parts = [`${imperfect.length} of ${routes.length} routes score below 100.`];
  if (timingOnly.length > 0) {
    parts.push(
      `${timingOnly.length} of them lose points only to main-thread time (Total Blocking Time: style, layout and parsing, times four for the simulated phone), which on this shared machine moves with its load${indexes.length > 0 ? ` (Lighthouse's benchmark index ran from ${Math.min(...indexes)} to ${Math.max(...indexes)} in this run)` : ''}; the fix is fewer elements per page, or a quieter machine to measure on.`,
    );
  }
  if (faults.length > 0) parts.push(`${faults.map((route) => `\`${route.path}\``).join(', ')} ${faults.length === 1 ? 'loses' : 'lose'} points to something else (listed above): a fault to fix.`);
  if (control?.performance !== null && control?.performance !== undefined) {
    const controlRuns = (control.performanceRuns ?? [control.performance]).filter((score): score is number => score !== null);
    const lowest = Math.min(...controlRuns);
    const belowControl = imperfect.filter((route) => (route.performance ?? -1) < lowest);
    parts.push(
      `The control page (${CONTROL_PATH}: one heading, no stylesheet, no script) scored ${control.performance} in performance (runs: ${controlRuns.join(', ')}). ${
        lowest < 100
          ? `A page with nothing of the site's loses points on this machine too (Lighthouse counts Chromium's own work on any page as blocking time), so a route below 100 is not by itself the site's fault; one below the control's lowest run (${lowest}) is.`
          : 'The machine itself cost no points in this run.'
      } ${belowControl.length === 0 ? 'No route scores below that.' : `Below it: ${belowControl.map((route) => `\`${route.path}\` (${route.performance ?? 'failed'}${route.benchmarkIndex === undefined ? '' : `, at benchmark index ${route.benchmarkIndex}`})`).join(', ')}.${slowerMomentText(belowControl, control)}`}`,
    );
  }
  return parts.join(' ');
}

/** Which of the routes below the control ran while the machine was markedly slower than during the control's run. */
function slowerMomentText(belowControl: readonly LighthouseRoute[], control: LighthouseRoute): string {
  if (control.benchmarkIndex === undefined) return '';
  const floor = control.benchmarkIndex * SLOWER_MOMENT_SHARE;
  const slower = belowControl.filter((route) => route.benchmarkIndex !== undefined && route.benchmarkIndex < floor);
  const comparable = belowControl.filter((route) => !slower.includes(route));
  const paths = (list: readonly LighthouseRoute[]) => list.map((route) => `\`${route.path}\``).join(', ');
  const parts: string[] = [];
  if (slower.length > 0) parts.push(` ${slower.length === belowControl.length ? 'All of them' : paths(slower)} ran while the machine was markedly slower than during the control's run (benchmark index below ${Math.round(SLOWER_MOMENT_SHARE * 100)}% of its ${control.benchmarkIndex}), which multiplies blocking time alike, so ${slower.length === 1 ? 'it shows' : 'they show'} no fault of the site's by this test.`);
  if (comparable.length > 0) parts.push(` ${paths(comparable)} ran at a speed like the control's: a fault to look at.`);
  return parts.join('');
}
