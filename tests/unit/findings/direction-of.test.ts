import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/findings/content-words.ts';
import { directionOf, directionsConflict } from '../../../src/findings/direction-of.ts';
import { changeConceptKeys } from '../../../src/findings/findings-lexicons.ts';

/** The change concepts a text reports, as src/findings/comparable-statement.ts reads them. */
const direction = (text: string) => directionOf(text, new Set(contentWords(text).filter((word) => !word.modifier && changeConceptKeys.has(word.key)).map((word) => word.key)));

describe('directionOf', () => {
  it('reads "lost synapses" as a loss and "restoring the synapses" as a gain', () => {
    expect(direction('And sure enough, the stressed-out mice lost a lot of synapses.')).toBe('loss');
    expect(direction('Ketamine was actually restoring many of the exact same synapses.')).toBe('gain');
  });

  it('reads "had no effect" as no change, whatever else the sentence names', () => {
    expect(direction('By contrast, optically deleting a random subset of spines had no effect on behavior.')).toBe('none');
    expect(direction('Behaviour was unchanged after the deletion.')).toBe('none');
  });

  it('does not read a negation that reports a recovery as no effect', () => {
    expect(direction('The animals no longer displayed behaviors consistent with depression.')).toBeNull();
    expect(direction('At 24 hours the rodents did not show depression-like symptoms.')).toBeNull();
  });

  it('gives no direction to a sentence that moves both ways, or reports no change', () => {
    expect(direction('Antidepressant-dose ketamine reversed these effects by rescuing spines.')).toBeNull();
    expect(direction('More specifically, the team focused on dendritic spines.')).toBeNull();
  });

  it('counts a loss against a gain, and no effect against either, as two results', () => {
    expect(directionsConflict('loss', 'gain')).toBe(true);
    expect(directionsConflict('none', 'loss')).toBe(true);
    expect(directionsConflict('gain', 'gain')).toBe(false);
    expect(directionsConflict('gain', null)).toBe(false);
  });

  it('reads the kinds and null phrases it is given', () => {
    const kinds = new Map([['#fall', 'harm']]);
    expect(directionOf('prices fell', new Set(['#fall']), kinds, /no effect/giu)).toBe('loss');
    expect(directionOf('prices fell', new Set(['#rise']), kinds, /no effect/giu)).toBeNull();
  });
});
