import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/findings/content-words.ts';
import { directionOf, directionsConflict } from '../../../src/findings/direction-of.ts';
import { changeConceptKeys, parseSymptomsEnded, symptomsEndedPatterns } from '../../../src/findings/findings-lexicons.ts';

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
    for (const text of [
      'The animals no longer displayed behaviors consistent with depression.',
      'The mice also stopped acting depressed in this time period.',
      'Patients were no longer experiencing severe depressive symptoms a week later.',
      'Most were no longer depressed.',
      'They stopped feeling hopeless.',
      'The mice stopped showing signs of depression.',
      'Patients ceased to experience depressive episodes.',
      'Once treated, they were no longer\nacting depressed.',
    ]) {
      expect(direction(text), text).toBe('gain');
    }
  });

  it('reads a symptom told as absent as a recovery only when the drug is its cause', () => {
    const text = 'At 24 hours after one dose of ketamine, the rodents didn’t show depression-like symptoms.';
    expect(directionOf(text, new Set(), 'drug')).toBe('gain');
    // After stress, or in mice without a gene, it is resilience: nothing moved.
    expect(directionOf('The mice did not show depressive behaviour after stress.', new Set(), 'stress')).toBeNull();
    expect(directionOf('Mice lacking the gene did not show depressive behaviour.', new Set(), null)).toBeNull();
  });

  it('does not read a negation near a symptom that tells something else as a recovery', () => {
    for (const text of [
      'The drug did not show any effect on depressive symptoms.',
      'Patients did not experience a reduction in depressive symptoms after ketamine.',
      'Ketamine no longer seemed to help symptoms after a month.',
      'The study did not look at depression in women.',
      'The company stopped developing its depression drug.',
      'Scientists no longer seem to think depression is caused by serotonin.',
      'After ketamine, the mice did not show symptoms of recovery.',
      'Placebo patients did not show symptom relief after ketamine.',
      'The placebo did not relieve depressive symptoms after ketamine.',
      'They no longer showed the kind of behaviour typically seen in depression.',
    ]) {
      const { ended, denied } = symptomsEndedPatterns;
      expect([ended.test(text), denied.test(text)], text).toEqual([false, false]);
    }
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
    expect(directionOf('prices fell', new Set(['#fall']), null, kinds, /no effect/giu)).toBe('loss');
    expect(directionOf('prices fell', new Set(['#rise']), null, kinds, /no effect/giu)).toBeNull();
  });
});

describe('parseSymptomsEnded', () => {
  it('says which line it cannot read', () => {
    expect(() => parseSymptomsEnded(['end no longer', 'stopped'])).toThrow(/findings-symptoms-ended: .*"stopped"/u);
    expect(() => parseSymptomsEnded(['show ^shown'])).toThrow(/without \^ or \$/u);
  });

  it('leads with the end phrases in one pattern and the denials in the other', () => {
    const { ended, denied } = parseSymptomsEnded(['end no longer', 'deny did not', 'show showed', 'state depressed']);
    expect([ended.test('no longer showed depressed'), denied.test('no longer showed depressed')]).toEqual([true, false]);
    expect([ended.test('did not showed depressed'), denied.test('did not showed depressed')]).toEqual([false, true]);
  });

  it('matches nothing led by an empty part', () => {
    const { denied } = parseSymptomsEnded(['end no longer', 'show showed', 'state depressed']);
    expect(denied.source).toContain('(?!)');
    expect(denied.test('no longer showed depressed')).toBe(false);
  });
});
