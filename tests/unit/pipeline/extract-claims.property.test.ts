import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/pipeline/extract-claims.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';

const FRONTMATTER = '---\ntitle: T\ntitleIsEditorial: true\noutlet:\nurl:\npublished:\nkind: other\ndescription: D\nstudies: []\nsections: []\n---\n';

// Text in the shapes the web gives: words, punctuation, quotes, markdown marks, line breaks, emoji.
const piece = fc.oneof(
  fc.constantFrom('Mice', 'lost', 'spines', 'within 3 hours', 'may', 'could', 'Dr.', 'Liston', 'says', '“', '”', '"', '.', '. ', '? ', '\n', '\n\n', '- ', '# ', '> ', '* ', '`', '|', '[', ']', '(', ')', '212-335-0236', 'Link to comment', ' – ', '…', '🧠', '\u00a0', '\t', '12', 'days'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const body = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(' '));

function run(text: string) {
  return extractClaims({ id: 'fuzz', file: 'content/sources/fuzz.md', bytes: new TextEncoder().encode(FRONTMATTER + text) });
}

describe('the pipeline on arbitrary text', () => {
  it('never crashes: it returns claims or a SourceError saying what to fix', () => {
    fc.assert(
      fc.property(body, (text) => {
        try {
          run(text);
        } catch (error) {
          expect(error).toBeInstanceOf(SourceError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never loses a character: claims and exclusions cover every non-blank character once', () => {
    fc.assert(
      fc.property(body, (text) => {
        let result;
        try {
          result = run(text);
        } catch (error) {
          if (error instanceof SourceError) return; // empty bodies and control characters stop the build instead
          throw error;
        }
        const full = result.text;
        const owner = new Array<number>(full.length).fill(0);
        for (const unit of [...result.claims, ...result.exclusions]) for (let index = unit.span.start; index < unit.span.end; index++) owner[index]! += 1;
        for (let index = result.source.bodyStart; index < full.length; index++) {
          expect(owner[index]! <= 1).toBe(true);
          if (!/\s/u.test(full[index]!)) expect(owner[index]).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
