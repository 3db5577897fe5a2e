import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/pipeline/extract-claims.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';

const directory = new URL('../../fixtures/broken-sources/', import.meta.url);

/** The fixture's bytes, as saved or with every LF turned into CRLF. */
function bytesOf(name: string, lineEnds: 'lf' | 'crlf' = 'lf'): Uint8Array {
  const bytes = readFileSync(new URL(`${name}.md`, directory));
  return lineEnds === 'lf' ? bytes : Buffer.from(bytes.toString('latin1').replaceAll('\n', '\r\n'), 'latin1');
}

function errorFor(name: string, lineEnds: 'lf' | 'crlf' = 'lf'): Error | null {
  try {
    extractClaims({ id: name, file: `tests/fixtures/broken-sources/${name}.md`, bytes: bytesOf(name, lineEnds) });
  } catch (error) {
    return error as Error;
  }
  return null;
}

function messageFor(name: string): string {
  return errorFor(name)?.message ?? 'no error';
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
    ['binary-bytes', 'tests/fixtures/broken-sources/binary-bytes.md:14:5: control character U+0000 looks like binary data — a source is plain text: remove the character, or check that the right file was saved here'],
    ['javascript-url', 'tests/fixtures/broken-sources/javascript-url.md:5:6: field "url": write a web address that starts with https:// or http:// — correct the value on that line'],
    ['missing-section', 'tests/fixtures/broken-sources/missing-section.md:11:12: sections[0].from "Nowhere in the text" does not open any line of the body — copy the first words of the section\'s first line exactly, quotes and punctuation included'],
  ])('%s', (name, message) => {
    expect(messageFor(name)).toBe(message);
  });

  it('reports YAML that does not parse at the line of the broken value', () => {
    expect(messageFor('bad-yaml')).toMatch(/^tests\/fixtures\/broken-sources\/bad-yaml\.md:\d+:\d+: the frontmatter is not valid YAML \(.+\) — check the quoting and indentation on that line/u);
  });

  it('reports every fault at the same line and column when the file has CRLF line ends', () => {
    const names = readdirSync(directory).map((name) => name.replace(/\.md$/u, '')).sort();
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      const lf = errorFor(name) as SourceError;
      const crlf = errorFor(name, 'crlf') as SourceError;
      expect(crlf, name).toBeInstanceOf(SourceError);
      expect([crlf.line, crlf.column, crlf.ruleId], name).toEqual([lf.line, lf.column, lf.ruleId]);
    }
  });

  it('names the place of a fault at the end of a 200,000-character line, and at the end of a 5 MB body', () => {
    const frontmatter = new TextDecoder().decode(bytesOf('binary-bytes')).split('\n').slice(0, 12).join('\n');
    const longLine = `${frontmatter}\n${'a'.repeat(200_000)}\u0000\n`;
    expect(() => extractClaims({ id: 'long-line', file: 'long-line.md', bytes: Buffer.from(longLine) })).toThrow(/^long-line\.md:13:200001: control character U\+0000 /u);
    const bigBody = `${frontmatter}\n${'Ketamine lifted mood in mice within hours.\n'.repeat(125_000)}\u0000\n`;
    expect(Buffer.byteLength(bigBody)).toBeGreaterThan(5 * 1024 * 1024);
    expect(() => extractClaims({ id: 'big', file: 'big.md', bytes: Buffer.from(bigBody) })).toThrow(/^big\.md:125013:1: control character U\+0000 /u);
  });
});
