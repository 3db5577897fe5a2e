import { describe, expect, it } from 'vitest';
import { anchorOf, relateTimescales } from '../../../src/findings/compare-timescales.ts';
import { times } from './claims.fixture.ts';

describe('relateTimescales', () => {
  it('reads "12 hours after", "over 12 hours after" and "between 12 and 24 hours after" as the same time', () => {
    expect(relateTimescales(times("It wasn't until 12 hours after ketamine treatment"), times('between 12 and 24 hours after the treatment'))).toBe('same');
    expect(relateTimescales(times('over 12 hours after the ketamine infusion'), times("It wasn't until 12 hours after ketamine treatment"))).toBe('same');
  });

  it('reads "within 3 hours" and "less than six hours" as close', () => {
    expect(relateTimescales(times('within 3 hours of treatment'), times('it took less than six hours'))).toBe('close');
  });

  it('reads "almost immediately" as compatible with "within 3 hours": a vague time in the same phase', () => {
    expect(relateTimescales(times('almost immediately after ketamine'), times('within 3 hours of treatment'))).toBe('compatible');
  });

  it('reads "within 3 hours" and "between 12 and 24 hours" as a conflict', () => {
    expect(relateTimescales(times('within 3 hours of treatment'), times('between 12 and 24 hours after the treatment'))).toBe('conflict');
  });

  it('reads "quickly" and "in the long run" as a conflict, "within several weeks" and "in the long run" as compatible', () => {
    expect(relateTimescales(times('ketamine helps quickly'), times('ketamine helps in the long run'))).toBe('conflict');
    expect(relateTimescales(times('effects wear off within several weeks'), times('ketamine helps in the long run'))).toBe('compatible');
  });

  it('says nothing when one side gives no time', () => {
    expect(relateTimescales(times('within 3 hours of treatment'), [])).toBe('none');
  });

  it('anchors a window at its lower bound above zero, else its upper bound', () => {
    expect(times('within 3 hours of treatment').map(anchorOf)).toEqual([3]);
    expect(times('2 to 7 days after treatment').map(anchorOf)).toEqual([48]);
  });
});
