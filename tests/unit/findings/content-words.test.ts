import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/findings/content-words.ts';

describe('contentWords', () => {
  it('drops hedges, species, time and function words, keeping what the sentence is about', () => {
    expect(contentWords('In mice, the drug appears to quickly improve the functioning of certain brain circuits involved in mood.').map((word) => word.word)).toEqual([
      'drug',
      'improve',
      'functioning',
      'certain',
      'brain',
      'circuits',
      'involved',
      'mood',
    ]);
  });

  it('keys words of one concept alike: "synapses" and "spines" are both #spine', () => {
    expect(contentWords('the stressed-out mice lost a lot of synapses').map((word) => word.key)).toEqual(['#stress', '#lose', 'lot', '#spine']);
    expect(contentWords('dendritic spines').map((word) => word.key)).toEqual(['dendritic', '#spine']);
  });

  it('drops possessives and numbers: "ketamine\'s", "12", "six"', () => {
    expect(contentWords("ketamine's effects 12 hours and six weeks later").map((word) => word.word)).toEqual(['ketamine', 'effects']);
  });
});
