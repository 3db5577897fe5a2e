import { describe, expect, it } from 'vitest';
import { makeUnitId } from '../../../src/pipeline/make-unit-id.ts';

describe('makeUnitId', () => {
  it('starts with the opening words and ends in a ten-character hash', () => {
    expect(makeUnitId('npr', 'The research suggests that ketamine triggers a two-step process.')).toMatch(/^the-research-suggests-that-ketamine-[0-9a-f]{10}$/);
  });

  it('depends on the text, not on where it stands, and ignores white space and quotes', () => {
    expect(makeUnitId('npr', '“Mice lost  spines.”')).toBe(makeUnitId('npr', 'Mice lost spines.'));
  });

  it('differs between sources and between repeats of one text', () => {
    expect(makeUnitId('a', 'Mice lost spines.')).not.toBe(makeUnitId('b', 'Mice lost spines.'));
    expect(makeUnitId('a', 'Mice lost spines.', 1)).not.toBe(makeUnitId('a', 'Mice lost spines.'));
  });

  it('gives a text with no letters a bare hash', () => {
    expect(makeUnitId('a', '×')).toMatch(/^[0-9a-f]{10}$/);
  });
});
