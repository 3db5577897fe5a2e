import { describe, expect, it } from 'vitest';
import { borrowedPace } from '../../../src/findings/borrowed-pace.ts';
import { claim } from './claims.fixture.ts';

describe('borrowedPace', () => {
  const fast = claim('After the mice got ketamine, it took less than six hours for the brain circuits to begin working better.', { id: 'fast', sourceId: 'npr', span: { start: 0, end: 10 } });
  const late = claim('Then, hours later, it begins to restore faulty connections between cells.', { id: 'late', sourceId: 'npr', span: { start: 0, end: 10 } });
  const pointing = (id: string, start: number) => claim('The mice also stopped acting depressed in this time period.', { id, sourceId: 'npr', span: { start, end: start + 10 } });

  it('gives "in this time period" the pace of the sentence before it', () => {
    expect(borrowedPace([fast, pointing('after-fast', 20)]).get('after-fast')).toBe('fast');
    expect(borrowedPace([late, pointing('after-late', 20)]).get('after-late')).toBe('delayed');
  });

  it('gives nothing to a sentence with no time anaphor, or with a time of its own', () => {
    const plain = claim('The mice also stopped acting depressed.', { id: 'plain', sourceId: 'npr', span: { start: 20, end: 30 } });
    const timed = claim('The mice also stopped acting depressed in this time period, within 3 hours.', { id: 'timed', sourceId: 'npr', span: { start: 20, end: 30 } });
    expect(borrowedPace([fast, plain]).has('plain')).toBe(false);
    expect(borrowedPace([late, timed]).has('timed')).toBe(false);
  });

  it('borrows only from the sentence before it in the same source', () => {
    const elsewhere = claim('The mice also stopped acting depressed in this time period.', { id: 'elsewhere', sourceId: 'other', span: { start: 0, end: 10 } });
    expect(borrowedPace([fast, elsewhere]).has('elsewhere')).toBe(false);
  });
});
