import { describe, expect, it } from 'vitest';
import { locateSections, sectionAt } from '../../../src/pipeline/locate-sections.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';

const section = { voice: 'abstract' as const, study: 'review', quoting: null, url: null };
const text = '---\nx: y\n---\nIntro line.\nAbstract starts here\nand ends here.\nOutro.';
const bodyStart = text.indexOf('Intro');

describe('locateSections', () => {
  it('finds a section from the opening words of its first line to the closing words of its last', () => {
    const [located] = locateSections(text, bodyStart, [{ ...section, from: 'Abstract starts', to: 'ends here.' }], 'a.md');
    expect(text.slice(located!.start, located!.end)).toBe('Abstract starts here\nand ends here.');
    expect(sectionAt([located!], text.indexOf('and ends'))?.index).toBe(0);
    expect(sectionAt([located!], text.indexOf('Outro'))).toBeNull();
  });

  it('does not take words in the middle of a line as a section start', () => {
    expect(() => locateSections(text, bodyStart, [{ ...section, from: 'starts here', to: 'Outro.' }], 'a.md')).toThrow(SourceError);
  });

  it('says which section end it could not find', () => {
    expect(() => locateSections(text, bodyStart, [{ ...section, from: 'Intro', to: 'nowhere' }], 'a.md')).toThrow('sections[0].to "nowhere" does not close any line');
  });
});
