import { describe, expect, it } from 'vitest';
import { fitLine } from '../../../scripts/bench/least-squares.ts';
import { pagefindFirstSearchBytes } from '../../../scripts/bench/pagefind-baseline.ts';
import { linearityOf } from '../../../scripts/bench/sections/build-time.ts';

describe('fitLine', () => {
  it('finds the slope and intercept of points on a line, with r² of 1', () => {
    const fit = fitLine([
      { x: 5, y: 20 },
      { x: 105, y: 70 },
      { x: 505, y: 270 },
    ]);
    expect(fit.slope).toBeCloseTo(0.5);
    expect(fit.intercept).toBeCloseTo(17.5);
    expect(fit.rSquared).toBeCloseTo(1);
  });

  it('refuses points that all share one x', () => {
    expect(() => fitLine([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toThrow('two different x values');
  });
});

describe('pagefindFirstSearchBytes', () => {
  it('gives the measured figures at the measured sizes', () => {
    expect(pagefindFirstSearchBytes(300)).toBe(91_000);
    expect(pagefindFirstSearchBytes(3_000)).toBe(123_000);
    expect(pagefindFirstSearchBytes(100_000)).toBe(757_000);
  });

  it('interpolates in log–log between two measurements: halfway in log(claims) is the geometric mean of the bytes', () => {
    expect(pagefindFirstSearchBytes(Math.sqrt(3_000 * 30_000))).toBe(Math.round(Math.sqrt(123_000 * 301_000)));
  });

  it('extends the end segments below 300 and above 100,000 claims', () => {
    expect(pagefindFirstSearchBytes(30)).toBeLessThan(91_000);
    expect(pagefindFirstSearchBytes(1_000_000)).toBeGreaterThan(757_000);
  });
});

describe('linearityOf', () => {
  const build = (generated: number, wallSeconds: number, cpuSeconds: number | null) => ({
    generated,
    sources: generated + 5,
    claims: generated * 25,
    pages: null,
    wallSeconds,
    cpuSeconds,
    contentSeconds: null,
    renderSeconds: null,
    maxRssMiB: null,
    loadBefore: 0,
    loadAfter: 0,
    timedOut: false,
  });

  it('reads a ratio of 1 when each added source costs the same at every size', () => {
    expect(linearityOf([build(0, 10, 12), build(100, 60, 62), build(500, 260, 262)])).toEqual({ smallest: 0.5, largest: 0.5, wallRatio: 1, cpuRatio: 1 });
  });

  it('reads a ratio above 1 when a source costs more in a larger corpus', () => {
    expect(linearityOf([build(0, 10, null), build(100, 60, null), build(500, 510, null)])).toMatchObject({ wallRatio: 2, cpuRatio: null });
  });

  it('needs the real corpus and two generated sizes', () => {
    expect(linearityOf([build(0, 10, 10), build(100, 60, 60)])).toBeNull();
  });
});
