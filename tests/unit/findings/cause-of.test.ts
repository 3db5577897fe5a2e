import { describe, expect, it } from 'vitest';
import { causeOf, causesConflict } from '../../../src/findings/cause-of.ts';
import { parseCauseCues } from '../../../src/findings/findings-lexicons.ts';

describe('causeOf', () => {
  it('reads stress, a drug and a deliberate deletion as three causes', () => {
    expect(causeOf('And sure enough, the stressed-out mice lost a lot of synapses.')).toBe('stress');
    expect(causeOf('Ketamine was actually restoring many of the exact same synapses.')).toBe('drug');
    expect(causeOf('When the team tried selectively removing newly grown spines, the rodents acted depressed again.')).toBe('manipulation');
  });

  it('lets a drug outrank the stress it acts on, and a manipulation the drug effect it tests', () => {
    expect(causeOf('In other words, the drug seemed to be repairing brain circuits that had been damaged by stress.')).toBe('drug');
    expect(causeOf('By contrast, optically deleting a random subset of spines unrelated to ketamine treatment had no effect on behavior.')).toBe('manipulation');
  });

  it('names no cause when the text names none', () => {
    expect(causeOf('The mice also stopped acting depressed in this time period.')).toBeNull();
  });

  it('does not read a leading purpose clause: what the researchers set out to learn made no change', () => {
    expect(causeOf('To find out how ketamine works in the brain, the researchers worked with mice that acted depressed.')).toBeNull();
    expect(causeOf('To test this, we used a photoactivatable probe to erase the new spines.')).toBe('manipulation');
  });

  it('counts two named causes that differ as a conflict, and nothing against an unnamed one', () => {
    expect(causesConflict('stress', 'drug')).toBe(true);
    expect(causesConflict('drug', 'drug')).toBe(false);
    expect(causesConflict('stress', null)).toBe(false);
  });

  it('reads its own list: a cause and a phrase a line, and stops at a line without a known cause', () => {
    const cues = parseCauseCues(['stress social defeat', 'drug psilocybin*']);
    expect(causeOf('Mice after social defeat lost spines.', cues)).toBe('stress');
    expect(causeOf('Psilocybin restored them.', cues)).toBe('drug');
    expect(() => parseCauseCues(['weather rain'])).toThrow(/findings-causes/u);
    expect(() => parseCauseCues(['stress'])).toThrow(/findings-causes/u);
  });
});
