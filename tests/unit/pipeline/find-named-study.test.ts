import { describe, expect, it } from 'vitest';
import { carryNamedStudies, findNamedStudy, findStudyOfPopulation } from '../../../src/pipeline/find-named-study.ts';

const studies = [
  { id: 'okafor-2015', label: 'Okafor et al. 2015', population: 'rat' },
  { id: 'brandt-lowe-2017', label: 'Brandt & Lowe 2017', population: 'mouse' },
  { id: 'lindqvist-2020', label: 'Lindqvist et al. 2020 (ECHO-3)', population: 'human' },
  { id: 'ferro-2020', label: 'Ferro, Adeyemi et al. 2020', population: 'mouse' },
] as const;

describe('findNamedStudy', () => {
  it('finds the study whose first author the unit names', () => {
    expect(findNamedStudy('Okafor and colleagues then blocked the receptor in the amygdala.', studies)).toBe('okafor-2015');
    expect(findNamedStudy('A follow-up by Brandt found the same in females.', studies)).toBe('brandt-lowe-2017');
  });

  it('finds a trial by the name in its label', () => {
    expect(findNamedStudy('In ECHO-3, relapse was rarer on the active drug.', studies)).toBe('lindqvist-2020');
  });

  it('finds a study by its year only in a unit about research, and only when no other study shares the year', () => {
    expect(findNamedStudy('A paper published in 2015 traced the effect to the amygdala.', studies)).toBe('okafor-2015');
    expect(findNamedStudy('The drug was approved in May 2015.', studies)).toBeNull();
    expect(findNamedStudy('A trial published in 2020 found fewer relapses.', studies)).toBeNull();
  });

  it('finds nothing when the unit names two studies, or none', () => {
    expect(findNamedStudy('Okafor and Brandt disagree about the mechanism.', studies)).toBeNull();
    expect(findNamedStudy('Stress shrinks neurons in the hippocampus.', studies)).toBeNull();
  });

  it('reads a surname only with its capital, as a whole word', () => {
    expect(findNamedStudy('The Okaforian view and a ferro-magnetic probe are not names here.', studies)).toBeNull();
  });
});

describe('findStudyOfPopulation', () => {
  it('finds the one study of a population, and none when there are several or none', () => {
    expect(findStudyOfPopulation('rat', studies)).toBe('okafor-2015');
    expect(findStudyOfPopulation('mouse', studies)).toBeNull();
    expect(findStudyOfPopulation('cells', studies)).toBeNull();
  });
});

describe('carryNamedStudies', () => {
  it('carries a named study through its paragraph until another is named or the paragraph turns to other studies', () => {
    const units = [
      { text: 'Okafor and colleagues stressed the rats for three weeks.', block: 0 },
      { text: 'The drug restored their spines.', block: 0 },
      { text: 'In ECHO-3, relapse was rarer.', block: 0 },
      { text: 'Patients also slept better.', block: 0 },
      { text: 'Other studies found the same in mice.', block: 0 },
      { text: 'The effect faded within a week.', block: 0 },
      { text: 'A new paragraph about sleep.', block: 1 },
    ];
    expect(carryNamedStudies(units, studies)).toEqual(['okafor-2015', 'okafor-2015', 'lindqvist-2020', 'lindqvist-2020', null, null, null]);
  });
});
