import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../src/findings/content-words.ts';

describe('contentWords', () => {
  it('drops hedges, species, time and function words, keeping what the sentence is about', () => {
    expect([...new Set(contentWords('In mice, the drug appears to quickly improve the functioning of certain brain circuits involved in mood.').map((word) => word.word))]).toEqual([
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
    expect(contentWords('the stressed-out mice lost a lot of synapses').map((word) => word.key)).toEqual(['#stress', '#lose', '#spine']);
    expect(contentWords('dendritic spines').map((word) => word.key)).toEqual(['dendritic', '#spine']);
  });

  it('keys a word of two concepts once for each: "pathways" are connections and circuits', () => {
    expect(contentWords('new pathways').map((word) => word.key)).toEqual(['new', '#spine', '#circuit']);
  });

  it('keys a phrase of a concept, stop words and all: "relatively little is known"', () => {
    expect(contentWords('Relatively little is known about its effects').map((word) => word.key)).toContain('#unknown');
  });

  it('marks a participle that describes the noun after it: "restoring lost spines", but not "mice lost spines"', () => {
    expect(contentWords('restoring lost spines').find((word) => word.word === 'lost')!.modifier).toBe(true);
    expect(contentWords('the stressor lost spines').find((word) => word.word === 'lost')!.modifier).toBe(false);
  });

  it('reads no words in markup or code: tags, script, link targets, templates', () => {
    expect(contentWords('Ketamine <script>window.__pwned=1</script> restored spines in [circuits](javascript:alert(1)) {{constructor}}').map((word) => word.word)).toEqual([
      'ketamine',
      'restored',
      'spines',
      'circuits',
    ]);
  });

  it('drops possessives and numbers: "ketamine\'s", "12", "six"', () => {
    expect(contentWords("ketamine's effects 12 hours and six weeks later").map((word) => word.word)).toEqual(['ketamine', 'effects']);
  });

  it('keys a comparative of harm as damage: "led to poorer connectivity" reports a change for the worse', () => {
    expect(contentWords('stress led to poorer connectivity').map((word) => word.key)).toContain('#damage');
    expect(contentWords('weaker connections between neurons').map((word) => word.key)).toContain('#damage');
  });

  it('keys lay words for plasticity and for a drug\'s benefit with the scientific ones', () => {
    const keys = (text: string) => contentWords(text).map((word) => word.key);
    expect(keys('ketamine may subtly reshape the brain')).toContain('#plasticity');
    expect(keys('benefits may stem from neuroplasticity')).toEqual(expect.arrayContaining(['#relieve', '#plasticity']));
  });
});
