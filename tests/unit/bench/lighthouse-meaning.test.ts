import { describe, expect, it } from 'vitest';
import type { LighthouseRoute } from '../../../scripts/bench/bench-types.ts';
import { meaning } from '../../../scripts/bench/sections/lighthouse.ts';

const blocking = { category: 'performance', id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.9, displayValue: '200 ms' };
const route = (path: string, performance: number, benchmarkIndex: number): LighthouseRoute => ({
  name: path,
  path,
  performance,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  failing: performance < 100 ? [blocking] : [],
  benchmarkIndex,
});
const control = { ...route('/bench-control/', 98, 2800), performanceRuns: [99, 97, 98] };

describe('what the Lighthouse scores mean', () => {
  it('holds a route below the control to the control only when it ran at a like speed', () => {
    const text = meaning([route('/', 95, 1700), route('/about/', 96, 2700), route('/glossary/', 100, 2800)], control);
    expect(text).toContain('Below it: `/` (95, at benchmark index 1700), `/about/` (96, at benchmark index 2700).');
    expect(text).toContain('`/` ran while the machine was markedly slower than during the control\'s run (benchmark index below 85% of its 2800)');
    expect(text).toContain('`/about/` ran at a speed like the control\'s: a fault to look at.');
  });

  it('says so when every route below the control ran on a slower moment, and says nothing of speed when none is below', () => {
    expect(meaning([route('/', 95, 1700), route('/species/', 94, 1800)], control)).toContain('All of them ran while the machine was markedly slower');
    const none = meaning([route('/', 97, 2800)], control);
    expect(none).toContain('No route scores below that.');
    expect(none).not.toContain('markedly slower');
  });
});
