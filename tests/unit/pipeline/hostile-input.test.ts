import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedSource } from '../../../src/pipeline/extract-claims.ts';

const FRONTMATTER = '---\ntitle: T\ntitleIsEditorial: true\noutlet:\nurl:\npublished:\nkind: other\ndescription: D\nstudies: []\nsections: []\n---\n';
const knowridge = readFileSync(new URL('../../../content/sources/knowridge-ketamine-quickly-and-over-time.md', import.meta.url), 'utf8').split('\n---\n').slice(1).join('\n---\n');

function run(body: string, frontmatter = FRONTMATTER): ExtractedSource {
  return extractClaims({ id: 'hostile', file: 'hostile.md', bytes: new TextEncoder().encode(frontmatter + body) });
}

/** Every non-blank character of the body lies in exactly one claim or exclusion. */
function expectNothingLost({ source, text, claims, exclusions }: ExtractedSource): void {
  const owner = new Uint8Array(text.length);
  for (const unit of [...claims, ...exclusions]) for (let index = unit.span.start; index < unit.span.end; index++) owner[index]! += 1;
  let lost = 0;
  let doubled = 0;
  for (let index = source.bodyStart; index < text.length; index++) {
    if (owner[index]! > 1) doubled++;
    if (owner[index] === 0 && !/\s/u.test(text[index]!)) lost++;
  }
  expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
}

describe('hostile and unusual text', () => {
  it('reads CRLF line ends exactly as LF ones', () => {
    const lf = run(knowridge);
    const crlf = run(knowridge.replace(/\n/gu, '\r\n'), FRONTMATTER.replace(/\n/gu, '\r\n'));
    expect(crlf.claims.map((claim) => [claim.text, claim.kind, claim.species, claim.hedge.level])).toEqual(
      lf.claims.map((claim) => [claim.text, claim.kind, claim.species, claim.hedge.level]),
    );
    expectNothingLost(crlf);
  });

  it('splits a single 200,000-character line of prose and loses nothing', () => {
    const prose = 'The mice lost dendritic spines within 3 hours of stress. Ketamine may restore them. ';
    const line = prose.repeat(Math.ceil(200_000 / prose.length)).trimEnd();
    expect(line.length).toBeGreaterThanOrEqual(200_000);
    const result = run(line);
    expect(result.claims.map((claim) => claim.text)).toEqual(['The mice lost dendritic spines within 3 hours of stress.', 'Ketamine may restore them.']);
    expectNothingLost(result);
  });

  it('keeps a 200,000-character run with no spaces as one unit', () => {
    const result = run('a'.repeat(200_000));
    expect(result.claims.length + result.exclusions.length).toBe(1);
    expectNothingLost(result);
  });

  it('keeps text in every Unicode category: scripts, marks, symbols, emoji, private use and lone surrogates', () => {
    const body = [
      'Les souris ont perdu des épines dendritiques.',
      'Мыши потеряли шипики. 小鼠失去了树突棘。 ماوس',
      'Cafe\u0301 with a combining mark, a ZWJ family 👨‍👩‍👧 and a flag 🇳🇿.',
      'Symbols ∑ ∞ → ™ © and math 𝔸𝔹, private use \uE000, and a lone surrogate \uD800 here.',
      'Right-to-left \u202Eoverride\u202C and zero-width\u200Bspace.',
    ].join('\n\n');
    const result = run(body);
    expectNothingLost(result);
    for (const claim of result.claims) expect(result.text.slice(claim.span.start, claim.span.end).replace(/\s+/gu, ' ').trim()).toBe(claim.text);
  });

  it('treats markdown and HTML in a source as text: nothing is dropped, the markup stays in the quote', () => {
    const body = '# Heading with <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[a link](javascript:alert(1)) and **bold** text.\n\n```\ncode block\n```';
    const result = run(body);
    expectNothingLost(result);
    const all = [...result.claims, ...result.exclusions].map((unit) => unit.text).join('\n');
    expect(all).toContain('<script>alert(1)</script>');
    expect(all).toContain('javascript:alert(1)');
  });

  it('reads a 4.5 MB body and accounts for every character', () => {
    const result = run(`${knowridge}\n\n`.repeat(1300));
    expect(result.claims.length).toBe(run(knowridge).claims.length);
    expectNothingLost(result);
  });
});
