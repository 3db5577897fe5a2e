import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../src/pipeline/parse-frontmatter.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';

const FIELDS = ['title: A study', 'titleIsEditorial: false', 'outlet:', 'url:', 'published: 2019-04-11', 'kind: news-article', 'description: A report.', 'studies: []', 'sections: []'];

function source(fields: string[] = FIELDS, body = 'Mice lost spines.') {
  return `---\n${fields.join('\n')}\n---\n${body}`;
}

function errorOf(text: string): SourceError {
  try {
    parseFrontmatter(text, 'content/sources/broken.md');
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError');
}

describe('parseFrontmatter', () => {
  it('splits a valid file into citation and body, with the body offset', () => {
    const parsed = parseFrontmatter(source(), 'x.md');
    expect(parsed.frontmatter.published).toBe('2019-04-11');
    expect(parsed.body).toBe('Mice lost spines.');
    expect(parsed.bodyStart).toBe(source().indexOf('Mice'));
  });

  it('reads a bare year as a date', () => {
    expect(parseFrontmatter(source(FIELDS.map((line) => (line.startsWith('published') ? 'published: 2025' : line))), 'x.md').frontmatter.published).toBe('2025');
  });

  it('reports a file without frontmatter at line 1', () => {
    const error = errorOf('Just text.');
    expect([error.line, error.column, error.reason]).toEqual([1, 1, 'the file has no frontmatter']);
  });

  it('reports bad YAML with its line', () => {
    const error = errorOf(source([...FIELDS.slice(0, 6), 'description: "unclosed', ...FIELDS.slice(7)]));
    expect(error.ruleId).toBe('frontmatter-yaml');
    expect(error.line).toBeGreaterThanOrEqual(8);
  });

  it('reports an unknown field at its own line and says how to fix it', () => {
    const error = errorOf(source([...FIELDS.slice(0, 3), 'author: Somebody', ...FIELDS.slice(3)]));
    expect(error.message).toBe(
      'content/sources/broken.md:5:1: unknown field "author" — remove it or correct its spelling; the fields are listed in README.md under "Adding a source"',
    );
  });

  it('reports a missing field and says to leave unknown values empty', () => {
    const error = errorOf(source(FIELDS.filter((line) => !line.startsWith('outlet'))));
    expect(error.reason).toBe('missing field "outlet"');
    expect(error.fix).toBe('add "outlet:" (leave the value empty if it is not known; never guess)');
  });

  it('reports a date that is not in the calendar at its line', () => {
    const error = errorOf(source(FIELDS.map((line) => (line.startsWith('published') ? 'published: 2019-02-30' : line))));
    expect([error.line, error.reason]).toEqual([6, 'field "published": that date does not exist in the calendar']);
  });

  it('reports a kind outside the vocabulary with the allowed values', () => {
    const error = errorOf(source(FIELDS.map((line) => (line.startsWith('kind') ? 'kind: newspaper' : line))));
    expect(error.line).toBe(7);
    expect(error.fix).toContain('news-article, forum-thread, clinic-blog');
  });

  it('reports an empty body at the line after the frontmatter', () => {
    const error = errorOf(source(FIELDS, '\n   \n'));
    expect([error.line, error.reason]).toEqual([12, 'the body is empty']);
  });
});
