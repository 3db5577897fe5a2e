import { describe, expect, it } from 'vitest';
import { citationSegments } from '../../../src/components/citation-segments.ts';

describe('citationSegments', () => {
  it('links a DOI inside brackets and leaves the bracket and the full stop to the sentence', () => {
    const citation = "It continues the group's mouse work (Rawat et al., Nature Communications 2022, doi:10.1038/s41467-022-30386-5).";
    const segments = citationSegments(citation);
    expect(segments).toEqual([
      { text: "It continues the group's mouse work (Rawat et al., Nature Communications 2022, " },
      { text: 'doi:10.1038/s41467-022-30386-5', doi: '10.1038/s41467-022-30386-5' },
      { text: ').' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(citation);
  });

  it('reads doi.org links and several DOIs, and keeps a bracket the DOI opens itself', () => {
    const citation = 'See https://doi.org/10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0, and DOI: 10.1126/science.aat8078; also doi:10.1038/x.';
    const dois = citationSegments(citation).flatMap((segment) => ('doi' in segment ? [segment.doi] : []));
    expect(dois).toEqual(['10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0', '10.1126/science.aat8078', '10.1038/x']);
    expect(citationSegments(citation).map((segment) => segment.text).join('')).toBe(citation);
  });

  it('leaves a citation without a DOI, or with a number that only looks like one, as text', () => {
    expect(citationSegments('Moda-Sava et al. (2019), Science 364, eaat8078.')).toEqual([{ text: 'Moda-Sava et al. (2019), Science 364, eaat8078.' }]);
    expect(citationSegments('Version 10.1/2 of the notes')).toEqual([{ text: 'Version 10.1/2 of the notes' }]);
    expect(citationSegments('')).toEqual([]);
  });
});
