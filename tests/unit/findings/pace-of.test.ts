import { describe, expect, it } from 'vitest';
import { isEarlyWindow, paceOf, pacesConflict } from '../../../src/findings/pace-of.ts';
import { detectTimescales } from '../../../src/pipeline/detect-timescales.ts';
import { times } from './claims.fixture.ts';

const pace = (text: string) => paceOf(text, detectTimescales(text));

describe('paceOf', () => {
  it('reads "almost immediately" and "quickly" as fast', () => {
    expect(pace('The first happens almost immediately after ketamine enters the body.')).toBe('fast');
    expect(pace('In mice, the drug appears to quickly improve the functioning of brain circuits.')).toBe('fast');
  });

  it('reads "hours later" and "wasn\'t until 12 hours after" as delayed', () => {
    expect(pace('Then, hours later, it begins to restore faulty connections.')).toBe('delayed');
    expect(pace("It wasn't until 12 hours after ketamine treatment that new connections formed.")).toBe('delayed');
  });

  it('reads a negated speed word as delay: "don\'t happen right away"', () => {
    expect(pace('This takes time, so the effects last longer but don’t happen right away.')).toBe('delayed');
  });

  it('reads a window from the dose to a number of hours as fast: "within 3 hours", "less than six hours"', () => {
    expect(pace('Mice showed behavioral improvements within 3 hours of treatment.')).toBe('fast');
    expect(pace('After the mice got ketamine, it took less than six hours for the circuits to begin working better.')).toBe('fast');
  });

  it('gives no pace to a time that starts after the dose, or to one that runs past the hours phase', () => {
    expect(pace('At 24 hours after receiving one dose, the rodents did not show depression-like symptoms.')).toBeNull();
    expect(pace('Its effects do tend to wear off within several weeks.')).toBeNull();
  });

  it('gives no pace to a telling of both moments', () => {
    expect(pace('Behaviour improved rapidly, but spines formed only hours later.')).toBeNull();
    expect(pace('Behaviour improved within 3 hours, but new spines formed only 12 hours later.')).toBeNull();
  });

  it('reads "takes time" as delayed wherever it stands, though it is no time phrase', () => {
    expect(pace('But ketamine also helps make more teenagers, which takes time.')).toBe('delayed');
    expect(pace('But ketamine also helps make more teenagers.')).toBeNull();
  });

  it('tells an early window apart from a later one', () => {
    expect(times('within 3 hours of treatment').map(isEarlyWindow)).toEqual([true]);
    expect(times('between 12 and 24 hours after the treatment').map(isEarlyWindow)).toEqual([false]);
    expect(times('its effects wear off within several weeks').map(isEarlyWindow)).toEqual([false]);
    expect(times('almost immediately after ketamine enters the body').map(isEarlyWindow)).toEqual([false]);
  });

  it('counts fast against delayed as two moments, and nothing against no pace', () => {
    expect(pacesConflict('fast', 'delayed')).toBe(true);
    expect(pacesConflict('fast', 'fast')).toBe(false);
    expect(pacesConflict('fast', null)).toBe(false);
  });
});
