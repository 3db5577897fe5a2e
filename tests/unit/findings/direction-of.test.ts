import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/findings/content-words.ts';
import { directionOf, directionsConflict } from '../../../src/findings/direction-of.ts';
import { changeConceptKeys, parseSymptomsEnded, symptomsEndedPattern } from '../../../src/findings/findings-lexicons.ts';

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

  it('reads a symptom told as ended as a recovery, not as no effect', () => {
    expect(direction('The animals no longer displayed behaviors consistent with depression.')).toBe('gain');
    expect(direction('At 24 hours the rodents did not show depression-like symptoms.')).toBe('gain');
    expect(direction('The mice also stopped acting depressed in this time period.')).toBe('gain');
    expect(direction('Patients were no longer experiencing severe depressive symptoms a week later.')).toBe('gain');
  });

  it('does not read every negation near a symptom as a symptom ended', () => {
    const ended = (text: string) => symptomsEndedPattern.test(text);
    expect(ended('The animals no longer displayed behaviors consistent with depression.')).toBe(true);
    // A result against the drug: the verb after "did not" is a change, not a showing.
    expect(ended('The placebo did not relieve depressive symptoms.')).toBe(false);
    expect(ended('The drug no longer worked, and the symptoms returned.')).toBe(false);
    expect(ended('Stressed mice did not show interest in sugar.')).toBe(false);
    // More than three words between the verb and the symptom: too far to be its object.
    expect(ended('They no longer showed the kind of behaviour typically seen in depression.')).toBe(false);
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

describe('parseSymptomsEnded', () => {
  it('says which line it cannot read', () => {
    expect(() => parseSymptomsEnded(['end no longer', 'stopped'])).toThrow(/findings-symptoms-ended: .*"stopped"/u);
  });

  it('matches nothing while a part is empty', () => {
    expect(parseSymptomsEnded(['end no longer', 'show showed']).test('no longer showed depression')).toBe(false);
  });
});
