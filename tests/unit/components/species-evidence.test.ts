import { describe, expect, it } from 'vitest';
import { phaseRows, phasesOf, populationOf } from '../../../src/components/species-evidence.ts';
import { claim } from '../findings/claims.fixture.ts';

describe('populationOf', () => {
  it('tells animal from human evidence and puts the rest apart', () => {
    expect(['mouse', 'rat', 'animal', 'human', 'none', 'cells', 'mixed'].map((species) => populationOf(species as never))).toEqual([
      'animal',
      'animal',
      'animal',
      'human',
      'other',
      'other',
      'other',
    ]);
  });
});

describe('phasesOf', () => {
  it('names each phase of a claim once, in phase order, and none for a claim with no time', () => {
    const both = claim('Relief came within hours and lasted three to seven days.');
    expect(phasesOf(both)).toEqual(['hours', 'days']);
    expect(phasesOf(claim('Spines grew back.'))).toEqual(['none']);
  });
});

describe('phaseRows', () => {
  const rows = phaseRows([
    claim('Relief came within hours and lasted three to seven days.', { id: 'human-hours-days', species: 'human' }),
    claim('Mice recovered within three hours.', { id: 'mouse-hours' }),
    claim('Spines grew back.', { id: 'mouse-none' }),
    claim('Ketamine was given within hours.', { id: 'no-population', species: 'none' }),
  ]);
  const idsOf = (phase: string) => {
    const row = rows.find((candidate) => candidate.phase === phase);
    return row && { animal: row.animal.map((item) => item.id), human: row.human.map((item) => item.id) };
  };

  it('lists a claim under every phase its times name, not only the first', () => {
    expect(idsOf('hours')).toEqual({ animal: ['mouse-hours'], human: ['human-hours-days'] });
    expect(idsOf('days')).toEqual({ animal: [], human: ['human-hours-days'] });
  });

  it('keeps claims with no time last and leaves out claims that name no population', () => {
    expect(rows.at(-1)).toMatchObject({ phase: 'none' });
    expect(idsOf('none')).toEqual({ animal: ['mouse-none'], human: [] });
    expect(rows.flatMap((row) => [...row.animal, ...row.human]).map((item) => item.id)).not.toContain('no-population');
  });
});
