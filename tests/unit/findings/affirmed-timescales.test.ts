import { describe, expect, it } from 'vitest';
import { affirmedTimescales, readTimescales } from '../../../src/findings/affirmed-timescales.ts';
import { detectTimescales } from '../../../src/pipeline/detect-timescales.ts';

const affirmed = (text: string) => affirmedTimescales(text, detectTimescales(text)).map((timescale) => timescale.text);

describe('affirmedTimescales', () => {
  it('leaves out a speed word the text denies: "don\'t happen right away" names no time of the finding', () => {
    const text = 'This takes time, so the effects last longer but don’t happen right away.';
    expect(detectTimescales(text).map((timescale) => timescale.text)).toContain('right away');
    expect(affirmed(text)).not.toContain('right away');
  });

  it('keeps a speed word that is not denied, and a denied time that is no speed word', () => {
    expect(affirmed('The effects happen right away.')).toEqual(['right away']);
    expect(affirmed("It wasn't until 12 hours after ketamine treatment that new connections formed.")).toEqual(["wasn't until 12 hours after"]);
  });
});

describe('readTimescales', () => {
  it('marks a time with a negation just before it', () => {
    const text = 'The drug did not act quickly, but its effects lasted for weeks.';
    expect(readTimescales(text, detectTimescales(text)).map(({ timescale, negated }) => [timescale.text, negated])).toEqual(
      detectTimescales(text).map((timescale) => [timescale.text, timescale.text === 'quickly']),
    );
  });
});
