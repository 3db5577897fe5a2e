import { describe, expect, it } from 'vitest';
import { citationSegments, doiAddress } from '../../../src/components/citation-segments.ts';

describe('citationSegments', () => {
  it('links a DOI inside brackets and leaves the bracket and the full stop to the sentence', () => {
    const citation = "It continues the group's mouse work (Rawat et al., Nature Communications 2022, doi:10.1038/s41467-022-30386-5).";
    const segments = citationSegments(citation);
    expect(segments).toEqual([
      { text: "It continues the group's mouse work (Rawat et al., Nature Communications 2022, " },
      { text: 'doi:10.1038/s41467-022-30386-5', doi: '10.1038/s41467-022-30386-5', href: 'https://doi.org/10.1038/s41467-022-30386-5' },
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

  it('leaves square brackets, quotes and other closing marks to the sentence, unless the DOI opened them', () => {
    const dois = (citation: string) => citationSegments(citation).flatMap((segment) => ('doi' in segment ? [segment.doi] : []));
    expect(dois('[doi:10.1038/x]')).toEqual(['10.1038/x']);
    expect(dois('“doi:10.1038/x”!')).toEqual(['10.1038/x']);
    expect(dois('see doi:10.1000/a[b]; and')).toEqual(['10.1000/a[b]']);
    // Nothing after the slash: not a DOI to link.
    expect(citationSegments('doi:10.1234/.')).toEqual([{ text: 'doi:10.1234/.' }]);
  });

  it('links a suffix holding # or ? so that the browser sends it whole', () => {
    expect(doiAddress('10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-#')).toBe('https://doi.org/10.1002/(SICI)1097-4571(199806)49%3A8%3C693%3A%3AAID-ASI4%3E3.0.CO%3B2-%23');
    expect(doiAddress('10.1126/science.aat8078')).toBe('https://doi.org/10.1126/science.aat8078');
    // Written encoded already: encoded once, not twice; a lone % is kept as a character.
    expect(doiAddress('10.1002/%28SICI%291097')).toBe('https://doi.org/10.1002/(SICI)1097');
    expect(doiAddress('10.1000/50%off')).toBe('https://doi.org/10.1000/50%25off');
    // A suffix that ends in a slash is still a suffix.
    expect(citationSegments('doi:10.1234/abc/.').flatMap((segment) => ('doi' in segment ? [segment.doi] : []))).toEqual(['10.1234/abc/']);
  });
});
