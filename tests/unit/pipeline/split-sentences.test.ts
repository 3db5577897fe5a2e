import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/pipeline/parse-markdown.ts';
import { collapseWhitespace, isTitleCase, splitSentences } from '../../../src/pipeline/split-sentences.ts';

function split(body: string, bodyStart = 0) {
  return splitSentences(body, parseMarkdown(body), bodyStart);
}

describe('splitSentences', () => {
  it('splits prose into sentences, keeping "Dr." and "U.S." inside them', () => {
    const units = split('So Liston and a team from the U.S. and Japan gave mice a hormone. Dr. Liston notes it. Then they waited.');
    expect(units.map((unit) => unit.text)).toEqual([
      'So Liston and a team from the U.S. and Japan gave mice a hormone.',
      'Dr. Liston notes it.',
      'Then they waited.',
    ]);
  });

  it('ends a unit at a line break when the next line starts a new thought', () => {
    const units = split('Link to comment\nShare on other sites\n\nRecommended Posts');
    expect(units.map((unit) => unit.text)).toEqual(['Link to comment', 'Share on other sites', 'Recommended Posts']);
  });

  it('joins hard-wrapped lines that continue a sentence in lower case', () => {
    const units = split('The mice that were stressed lost dendritic spines more quickly than\nthe control mice did.');
    expect(units.map((unit) => unit.text)).toEqual(['The mice that were stressed lost dendritic spines more quickly than the control mice did.']);
  });

  it('starts a sentence in lower case in an informal post, after a contraction or a full stop set apart by spaces', () => {
    const units = split("medicine has its place. for a short term it helps. it was fun the next day. i'll pass on it [b]now[/b] . there is nothing new.");
    expect(units.map((unit) => unit.text)).toEqual([
      'medicine has its place.',
      'for a short term it helps.',
      'it was fun the next day.',
      "i'll pass on it [b]now[/b] .",
      'there is nothing new.',
    ]);
  });

  it('keeps an ellipsis and an abbreviation inside the sentence', () => {
    const units = split('the Ketamine train.... this is old news, e.g. the mice in the lab.');
    expect(units.map((unit) => unit.text)).toEqual(['the Ketamine train.... this is old news, e.g. the mice in the lab.']);
  });

  it('gives offsets into the file, counting the frontmatter before the body', () => {
    const body = 'First sentence here.  Second one there.';
    const units = split(body, 100);
    expect(units.map((unit) => [unit.start, unit.end])).toEqual([
      [100, 120],
      [122, 139],
    ]);
  });

  it('collapses runs of spaces, newlines and non-breaking spaces in the unit text', () => {
    expect(collapseWhitespace('  a\u00a0 b\n\tc ')).toBe('a b c');
  });

  it('types a markdown heading as heading, a list item as list-item and a clipped line as fragment', () => {
    const units = split('# Ketamine works fast\n\nIt was a long paragraph of prose that ends properly.\n\n- one listed point\n\nstill going without an end');
    expect(units.map((unit) => [unit.text, unit.unitType])).toEqual([
      ['# Ketamine works fast', 'heading'],
      ['It was a long paragraph of prose that ends properly.', 'sentence'],
      ['- one listed point', 'list-item'],
      ['still going without an end', 'fragment'],
    ]);
  });

  it('reads a standalone line without closing punctuation before the first prose as a heading', () => {
    const units = split('How ketamine helps depression quickly\n\nDepression can be a very serious condition that needs better treatments.');
    expect(units[0]?.unitType).toBe('heading');
  });

  it('cuts a repeated title off the paragraph it was glued to with a dash', () => {
    const units = split('A Theory on How Ketamine Works\n\nA Theory on How Ketamine Works – Although it is documented, nobody is sure.');
    expect(units.map((unit) => unit.text)).toEqual([
      'A Theory on How Ketamine Works',
      'A Theory on How Ketamine Works –',
      'Although it is documented, nobody is sure.',
    ]);
  });

  it('covers list markers and stray symbols between blocks so no character is lost', () => {
    const body = '- Advertisment -\n\n×\n\n> quoted line';
    const units = split(body);
    const covered = units.map((unit) => body.slice(unit.start, unit.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(body.replace(/\s/g, ''));
  });
});

describe('isTitleCase', () => {
  it('reads "Repairing Damaged Brain Circuits" as title case and a sentence as not', () => {
    expect(isTitleCase('Repairing Damaged Brain Circuits: A Theory on How Ketamine Works')).toBe(true);
    expect(isTitleCase('Animal studies suggest that ketamine spurs growth')).toBe(false);
  });
});
