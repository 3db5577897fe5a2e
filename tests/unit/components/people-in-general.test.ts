import { describe, expect, it } from 'vitest';
import { carriedOverToPeople } from '../../../src/components/people-in-general.ts';

describe('carriedOverToPeople', () => {
  it('finds the words by which a claim that never names its mice speaks of people', () => {
    expect(carriedOverToPeople({ text: 'This helps lift a person’s mood in just a few hours.', species: 'mouse', speciesBasis: 'study' })).toBe('a person’s');
    expect(carriedOverToPeople({ text: 'The drug could ease your symptoms within a day.', species: 'rat', speciesBasis: 'study' })).toBe('your symptoms');
  });

  it('says nothing of a claim that names its species, of human evidence, or of a reader addressed as "you"', () => {
    expect(carriedOverToPeople({ text: 'In mice, it lifts a person’s mood.', species: 'mouse', speciesBasis: 'sentence' })).toBeNull();
    expect(carriedOverToPeople({ text: 'It lifts a person’s mood.', species: 'human', speciesBasis: 'study' })).toBeNull();
    expect(carriedOverToPeople({ text: 'You can kind of imagine the circuits lighting up.', species: 'mouse', speciesBasis: 'study' })).toBeNull();
  });
});
