import { describe, expect, it } from 'vitest';
import { cleanLabel, LABEL_LENGTH, labelGroup } from '../../../src/findings/label-group.ts';
import { splitStatements } from '../../../src/findings/split-statements.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim } from './claims.fixture.ts';

const statement = (text: string, fields: Partial<Claim> = {}) => splitStatements(claim(text, fields), () => [])[0]!;

describe('labelGroup', () => {
  it("labels a group with its most central member's own words", () => {
    const members = [
      statement('And sure enough, the stressed-out mice lost a lot of synapses.', { id: 'npr' }),
      statement('They found that the mice demonstrating depression-like behaviors after experiencing the stressor lost dendritic spines more quickly than the control mice.', { id: 'report' }),
    ];
    expect(labelGroup(members, [0.5, 0.4])).toEqual({ text: 'The stressed-out mice lost a lot of synapses', member: 0 });
  });

  it('passes over a member that points back at the sentence before, or is a headline, unless it is much more central', () => {
    const members = [statement('This helps lift a person\'s mood in just a few hours.', { id: 'this' }), statement('Ketamine Lifts Mood Fast', { id: 'headline', kind: 'headline' }), statement('Clinical trials showed ketamine relieves depression within hours.', { id: 'plain' })];
    expect(labelGroup(members, [0.5, 0.5, 0.4]).member).toBe(2);
    expect(labelGroup(members, [0.9, 0.1, 0.1]).member).toBe(0);
  });

  it('passes over reported speech that opens on its speaker, as it does a quote with its attribution', () => {
    const members = [
      statement('Dr. John Kessler, one of the lead researchers, said this could lead to fast-acting treatments.', { id: 'kessler', speaker: 'John Kessler' }),
      statement('Ketamine could lead to treatments that act fast and are safe over time.', { id: 'plain' }),
    ];
    expect(labelGroup(members, [0.5, 0.45]).member).toBe(1);
    // The same words from the journalist's own voice are not passed over.
    expect(labelGroup([{ ...members[0]!, claim: { ...members[0]!.claim, speaker: 'journalist' } }, members[1]!], [0.5, 0.45]).member).toBe(0);
  });

  it('passes over a part too short to say a finding on its own, unless it is much more central', () => {
    const members = [statement('With ketamine’s antidepressant effects.', { id: 'tail' }), statement('Spines formed 12 to 24 hours after the dose.', { id: 'whole' })];
    expect(labelGroup(members, [0.5, 0.45]).member).toBe(1);
    expect(labelGroup(members, [0.9, 0.45]).member).toBe(0);
  });

  it('passes over a label another group has taken, for the member next in line', () => {
    const members = [statement('The stressed-out mice lost a lot of synapses.', { id: 'a' }), statement('Stress removed dendritic spines in mice.', { id: 'b' })];
    expect(labelGroup(members, [0.5, 0.4], new Set(['The stressed-out mice lost a lot of synapses']))).toEqual({ text: 'Stress removed dendritic spines in mice', member: 1 });
    expect(labelGroup(members.slice(0, 1), [0.5], new Set(['The stressed-out mice lost a lot of synapses'])).text).toBe('The stressed-out mice lost a lot of synapses (2)');
  });
});

describe('cleanLabel', () => {
  it('drops leading connectives, quotation marks and the final full stop, and capitalises', () => {
    expect(cleanLabel('In other words, the drug seemed to be repairing brain circuits that had been damaged by stress.')).toBe('The drug seemed to be repairing brain circuits that had been damaged by stress');
    expect(cleanLabel('"Ketamine was actually restoring many of the exact same synapses," he says.')).toBe('Ketamine was actually restoring many of the exact same synapses');
  });

  it('drops a dateline and a closing attribution, which say where and who, not what (the page names whose words they are)', () => {
    expect(cleanLabel('DENVER—A single dose of ketamine may reshape how brain regions communicate.')).toBe('A single dose of ketamine may reshape how brain regions communicate');
    expect(cleanLabel('But there are still many remaining questions, she says.')).toBe('There are still many remaining questions');
    expect(cleanLabel('Synapses are restored once cells fire together, INSERM’s Mazen Kheirbek says.')).toBe('Synapses are restored once cells fire together');
    // Not a dateline: an ordinary capitalised opening, or a dash inside the sentence.
    expect(cleanLabel('NPR reports that ketamine—an anesthetic—works fast.')).toBe('NPR reports that ketamine—an anesthetic—works fast');
  });

  it(`cuts a long statement at a word boundary before ${LABEL_LENGTH} characters, with an ellipsis`, () => {
    const label = cleanLabel(
      'The induction of depression-related behavior in multiple chronic stress models was associated with targeted, branch-specific elimination of postsynaptic dendritic spines.',
    );
    expect(label.length).toBeLessThanOrEqual(LABEL_LENGTH + 1);
    expect(label).toBe('The induction of depression-related behavior in multiple chronic stress models was associated with targeted…');
  });
});
