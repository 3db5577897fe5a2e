import type { Section } from '../schemas/source.ts';
import { SourceError, placeOf } from './source-error.ts';

/** A section of the frontmatter found in the body: file offsets of its first and last character. */
export interface LocatedSection extends Section {
  start: number;
  end: number;
}

/**
 * Finds each frontmatter section in the text: `from` must open a line of the body and `to`
 * must close a later (or the same) line. A section that cannot be found stops the build,
 * since claims would otherwise be given the wrong voice or study without anyone noticing.
 */
export function locateSections(text: string, bodyStart: number, sections: readonly Section[], file: string): LocatedSection[] {
  return sections.map((section, index) => {
    const start = findLineStart(text, bodyStart, section.from);
    if (start === null) {
      throw new SourceError({
        file,
        place: placeOf(text, frontmatterPlace(text, bodyStart, section.from)),
        reason: `sections[${index}].from "${section.from}" does not open any line of the body`,
        fix: 'copy the first words of the section\'s first line exactly, quotes and punctuation included',
        ruleId: 'section-not-found',
      });
    }
    const end = findLineEnd(text, start, section.to);
    if (end === null) {
      throw new SourceError({
        file,
        place: placeOf(text, start),
        reason: `sections[${index}].to "${section.to}" does not close any line after the section's start`,
        fix: 'copy the last words of the section\'s last line exactly, quotes and punctuation included',
        ruleId: 'section-not-found',
      });
    }
    return { ...section, start, end };
  });
}

/** Where a section's `from` value is written in the frontmatter, so the error points at it. */
function frontmatterPlace(text: string, bodyStart: number, value: string): number {
  const written = text.slice(0, bodyStart).indexOf(value);
  return written === -1 ? 0 : written;
}

function findLineStart(text: string, from: number, opening: string): number | null {
  let index = text.indexOf(opening, from);
  while (index !== -1) {
    const lineStart = text.lastIndexOf('\n', index - 1) + 1;
    if (text.slice(Math.max(lineStart, from), index).trim() === '') return index;
    index = text.indexOf(opening, index + 1);
  }
  return null;
}

function findLineEnd(text: string, from: number, closing: string): number | null {
  let index = text.indexOf(closing, from);
  while (index !== -1) {
    const end = index + closing.length;
    const lineEnd = text.indexOf('\n', end);
    if (text.slice(end, lineEnd === -1 ? text.length : lineEnd).trim() === '') return end;
    index = text.indexOf(closing, index + 1);
  }
  return null;
}

/** The section a file offset falls in, if any (the last one listed wins where they overlap). */
export function sectionAt(sections: readonly LocatedSection[], offset: number): { section: LocatedSection; index: number } | null {
  for (let index = sections.length - 1; index >= 0; index--) {
    const section = sections[index]!;
    if (offset >= section.start && offset < section.end) return { section, index };
  }
  return null;
}
