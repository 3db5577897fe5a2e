import { describe, expect, it } from 'vitest';
import type { BytesSectionJson, LighthouseRoute, StoredSection } from '../../../scripts/bench/bench-types.ts';
import { machineInfo } from '../../../scripts/bench/machine-info.ts';
import { budgetRows } from '../../../scripts/bench/sections/budgets.ts';
import { medianRun } from '../../../scripts/bench/sections/lighthouse.ts';
import { coldBaseline, medianByCpu, rebuildSize, sharesWithoutFindings } from '../../../scripts/bench/sections/rebuild.ts';
import type { BuildMeasurement } from '../../../scripts/bench/measure-build.ts';

const sizes = (brotli: number) => ({ raw: brotli * 3, gzip: Math.round(brotli * 1.1), brotli });
const route = (path: string, js: number, islands: string[]) => ({ name: path, path, html: sizes(1000), css: sizes(1000), js: sizes(js), total: sizes(2000 + js), islands, files: [] });

function stored<Json>(json: Json): StoredSection<Json> {
  return { title: 'test', ranAt: '2026-01-02T03:04:05.000Z', machine: machineInfo(new Date(0)), sizes: [100], json };
}

const bytes: BytesSectionJson = {
  claims: 300,
  routes: [route('/', 0, []), route('/search/', 3000, ['claim-search']), route('/about/', 500, [])],
  search: { query: 'spines', onLoad: { total: sizes(10_000), js: sizes(3000), files: [] }, atFirstSearch: { total: sizes(31_000), js: sizes(14_700), files: [] } },
};

describe('budgetRows', () => {
  const rows = budgetRows(new Map([['bytes-per-route', stored(bytes)]]));
  const row = (start: string, from = rows) => from.find((candidate) => candidate.budget.startsWith(start))!;

  it('fails the no-JS budget on a page that loads script without an island, naming it', () => {
    expect(row('No JavaScript')).toMatchObject({ status: 'fail', measured: 'JS on `/about/`' });
  });

  it('judges the search scripts by what the first search downloaded', () => {
    expect(row('Search island JS')).toMatchObject({ status: 'pass' });
    expect(row('Search island JS').measured).toContain('14.7 KB by the first search (14,700 bytes;');
  });

  it('fails the search scripts at the budget itself, a byte short of it passing', () => {
    const at = (brotli: number) => {
      const json = { ...bytes, search: { ...bytes.search!, atFirstSearch: { ...bytes.search!.atFirstSearch, js: sizes(brotli) } } };
      return row('Search island JS', budgetRows(new Map([['bytes-per-route', stored(json)]])));
    };
    // 14,999 and 15,000 bytes both print as 15.0 KB: the exact count says which side of the line.
    expect(at(14_999)).toMatchObject({ status: 'pass' });
    expect(at(14_999).measured).toContain('(14,999 bytes;');
    expect(at(15_000)).toMatchObject({ status: 'fail' });
  });

  it('compares the first search with Pagefind at the real corpus when the search section has not run', () => {
    expect(row('First-search bytes')).toMatchObject({ status: 'pass', measured: '31.0 KB vs 91.0 KB at 300 claims (the real corpus alone)' });
  });

  it('says which section to run for a budget nothing measured yet', () => {
    expect(row('No keystroke')).toMatchObject({ status: 'not measured', measured: 'not measured: run `npm run bench -- --only=search`' });
    expect(row('Lighthouse')).toMatchObject({ status: 'not measured' });
    expect(row('Build time')).toMatchObject({ status: 'not measured', measured: 'not measured: run `npm run bench -- --only=build-time`' });
    expect(row('A rebuild')).toMatchObject({ status: 'not measured' });
  });

  const timing = (cpuSeconds: number) => ({ wallSeconds: cpuSeconds, cpuSeconds, contentSeconds: null, renderSeconds: null, loaders: [] });
  const rebuild = (changedCpu: number, onlyOneRead: boolean) =>
    stored({ generated: 500, sources: 505, changedSource: 'bench-00251', cold: timing(100), unchanged: timing(30), oneChanged: timing(changedCpu), fraction: changedCpu / 100, onlyOneRead });
  const linearity = (cpuRatio: number) => stored({ builds: [], perSource: null, perThousandClaims: null, cpuPerSource: null, linearity: { smallest: 0.2, largest: 0.2 * cpuRatio, wallRatio: 1, cpuRatio } });

  it('passes a rebuild that reads one source and takes a quarter of a cold build, and fails one that takes more or reads more', () => {
    const judged = (changedCpu: number, onlyOneRead: boolean) => row('A rebuild', budgetRows(new Map([['rebuild', rebuild(changedCpu, onlyOneRead)]])));
    expect(judged(25, true)).toMatchObject({ status: 'pass', measured: '25% (25.0 s against 100.0 s); 1 of 505 sources through the pipeline again' });
    expect(judged(67, true)).toMatchObject({ status: 'fail' });
    expect(judged(10, false)).toMatchObject({ status: 'fail', measured: '10% (10.0 s against 100.0 s); more than the changed source went through the pipeline again' });
  });

  it("says what share the rebuild would take without the findings' CPU time, in the rebuild alone and in both builds", () => {
    const withFindings = (cpuSeconds: number, findingsSeconds: number | null) => ({ ...timing(cpuSeconds), findings: { findings: 10, claims: 100, cpuSeconds: findingsSeconds } });
    expect(sharesWithoutFindings(withFindings(100, 20), withFindings(40, 15))).toEqual({ rebuildOnly: 0.25, bothBuilds: 25 / 80 });
    // Findings read from the cache, or a log without the line, say nothing of their cost.
    expect(sharesWithoutFindings(withFindings(100, 20), withFindings(20, null))).toBeNull();
    expect(sharesWithoutFindings(timing(100), timing(40))).toBeNull();
    const measured = stored({ generated: 500, sources: 505, changedSource: 'bench-00251', cold: withFindings(100, 20), unchanged: timing(30), oneChanged: withFindings(40, 15), fraction: 0.4, onlyOneRead: true });
    expect(row('A rebuild', budgetRows(new Map([['rebuild', measured]])))).toMatchObject({
      status: 'fail',
      measured: '40% (40.0 s against 100.0 s); the rest of the rebuild, without working out the findings, 25%; 1 of 505 sources through the pipeline again',
    });
  });

  it('holds the rebuild to the faster of the two cold builds a run makes, so noise between them cannot pass it', () => {
    expect(coldBaseline({ cold: timing(100), referenceCold: timing(80) })).toEqual(timing(80));
    expect(coldBaseline({ cold: timing(80), referenceCold: timing(100) })).toEqual(timing(80));
    expect(coldBaseline({ cold: timing(100) })).toEqual(timing(100));
    expect(coldBaseline({ cold: timing(100), referenceCold: null })).toEqual(timing(100));
    const twoColds = stored({ generated: 500, sources: 505, changedSource: 'bench-00251', cold: timing(100), referenceCold: timing(80), unchanged: timing(30), oneChanged: timing(24), fraction: 0.24, onlyOneRead: true });
    expect(row('A rebuild', budgetRows(new Map([['rebuild', twoColds]])))).toMatchObject({
      status: 'fail',
      measured: "30% (24.0 s against 80.0 s, the faster of the run's two cold builds); 1 of 505 sources through the pipeline again",
    });
  });

  it('judges linear growth by the CPU cost of a source at the largest size against the smallest', () => {
    const judged = (ratio: number) => row('Build time', budgetRows(new Map([['build-time', linearity(ratio)]])));
    expect(judged(1.15)).toMatchObject({ status: 'pass', measured: '1.15× (0.200 s a source at the smallest, 0.230 s at the largest)' });
    expect(judged(1.6)).toMatchObject({ status: 'fail' });
  });
});

describe('medianRun', () => {
  const run = (performance: number | null, error?: string): LighthouseRoute => ({ name: 'home', path: '/', performance, accessibility: 100, bestPractices: 100, seo: 100, failing: [], ...(error ? { error } : {}) });

  it('keeps the run with the median performance score and every run\'s score', () => {
    expect(medianRun([run(92), run(99), run(97)])).toMatchObject({ performance: 97, performanceRuns: [92, 99, 97] });
  });

  it('counts a failed run as the lowest', () => {
    expect(medianRun([run(null, 'NO_NAVSTART'), run(100), run(98)])).toMatchObject({ performance: 98, performanceRuns: [null, 100, 98] });
  });
});

describe('rebuildSize', () => {
  it('rebuilds 500 sources where measured, else the largest size below, else the smallest', () => {
    expect(rebuildSize([100, 500, 2000])).toBe(500);
    expect(rebuildSize([100, 300])).toBe(300);
    expect(rebuildSize([1000, 2000])).toBe(1000);
  });
});

describe('medianByCpu', () => {
  const build = (name: string, cpuSeconds: number | null) => ({ outDir: name, cpuSeconds }) as unknown as BuildMeasurement;

  it('picks the rebuild with the median CPU time, the lower middle one of an even count, a run without a time counting as the slowest', () => {
    expect(medianByCpu([build('a', 52.9), build('b', 39.9), build('c', 46.3)]).outDir).toBe('c');
    expect(medianByCpu([build('a', 40), build('b', 30), build('c', 50), build('d', 45)]).outDir).toBe('a');
    expect(medianByCpu([build('a', null), build('b', 30), build('c', 50)]).outDir).toBe('c');
  });
});

describe('the Lighthouse budget', () => {
  const lighthouseRoute = (path: string, performance: number): LighthouseRoute => ({ name: path, path, performance, accessibility: 100, bestPractices: 100, seo: 100, failing: [] });
  const judged = (control?: LighthouseRoute) =>
    budgetRows(new Map([['lighthouse', stored({ lighthouseVersion: '13', settings: 'mobile', routes: [lighthouseRoute('/', 100), lighthouseRoute('/about/', 96)], ...(control ? { control } : {}) })]])).find((row) => row.budget.startsWith('Lighthouse'))!;

  it('fails below 100 on any route, naming it with its score, and says what a blank page scored in the same run', () => {
    expect(judged(lighthouseRoute('/bench-control/', 97))).toMatchObject({ status: 'fail', measured: 'below 100 on `/about/` (96); a blank control page scores 97 in performance in the same run' });
    expect(judged()).toMatchObject({ status: 'fail', measured: 'below 100 on `/about/` (96)' });
  });
});
