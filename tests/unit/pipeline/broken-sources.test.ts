import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/pipeline/extract-claims.ts';

const directory = new URL('../../fixtures/broken-sources/', import.meta.url);

function messageFor(name: string): string {
  try {
    extractClaims({ id: name, file: `tests/fixtures/broken-sources/${name}.md`, bytes: readFileSync(new URL(`${name}.md`, directory)) });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

// Each fixture holds one fault; the build must stop with the file, the line and what to fix.
describe('a broken source stops the pipeline with file, line and fix', () => {
  it.each([
    ['no-frontmatter', 'tests/fixtures/broken-sources/no-frontmatter.md:1:1: the file has no frontmatter — start the file with a line "---", then the citation fields (title, titleIsEditorial, outlet, url, published, kind, description, studies, sections), then another "---" line, then the document text'],
    ['unknown-field', 'tests/fixtures/broken-sources/unknown-field.md:6:1: unknown field "author" — remove it or correct its spelling; the fields are listed in README.md under "Adding a source"'],
    ['missing-field', 'tests/fixtures/broken-sources/missing-field.md:2:1: missing field "outlet" — add "outlet:" (leave the value empty if it is not known; never guess)'],
    ['bad-date', 'tests/fixtures/broken-sources/bad-date.md:6:12: field "published": that date does not exist in the calendar — correct the value on that line'],
    ['empty-body', 'tests/fixtures/broken-sources/empty-body.md:12:1: the body is empty — paste the document text, unchanged, below the closing "---" of the frontmatter'],
    ['latin-1', 'tests/fixtures/broken-sources/latin-1.md:12:8: byte 0xe9 at byte offset 152 is not UTF-8 — save the file as UTF-8 (most editors offer "Save with encoding"), or replace the character there'],
    ['missing-section', 'tests/fixtures/broken-sources/missing-section.md:11:12: sections[0].from "Nowhere in the text" does not open any line of the body — copy the first words of the section\'s first line exactly, quotes and punctuation included'],
  ])('%s', (name, message) => {
    expect(messageFor(name)).toBe(message);
  });

  it('reports YAML that does not parse at the line of the broken value', () => {
    expect(messageFor('bad-yaml')).toMatch(/^tests\/fixtures\/broken-sources\/bad-yaml\.md:\d+:\d+: the frontmatter is not valid YAML \(.+\) — check the quoting and indentation on that line/u);
  });
});
