import { describe, expect, it } from 'vitest';
import { paceOf, pacesConflict } from '../../../src/findings/pace-of.ts';
import { detectTimescales } from '../../../src/pipeline/detect-timescales.ts';

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

  it('gives no pace to a number alone, or to a telling of both moments', () => {
    expect(pace('Mice showed behavioral improvements within 3 hours of treatment.')).toBeNull();
    expect(pace('Behaviour improved rapidly, but spines formed only hours later.')).toBeNull();
  });

  it('counts fast against delayed as two moments, and nothing against no pace', () => {
    expect(pacesConflict('fast', 'delayed')).toBe(true);
    expect(pacesConflict('fast', 'fast')).toBe(false);
    expect(pacesConflict('fast', null)).toBe(false);
  });
});
