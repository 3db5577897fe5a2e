import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims, type ExtractedSource } from '../../../src/pipeline/extract-claims.ts';

const FRONTMATTER = '---\ntitle: T\ntitleIsEditorial: true\noutlet:\nurl:\npublished:\nkind: other\ndescription: D\nstudies: []\nsections: []\n---\n';
const knowridge = readFileSync(new URL('../../../content/sources/knowridge-ketamine-quickly-and-over-time.md', import.meta.url), 'utf8').split('\n---\n').slice(1).join('\n---\n');

const FIVE_MEGABYTES = 5 * 1024 * 1024;

/** Unicode's general categories but Cs: a lone surrogate has no UTF-8 form (it is tested as bytes below). */
const GENERAL_CATEGORIES = ['Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Co', 'Cn'];

/** The first character above ASCII in a general category (for Cc, the C1 controls, which text may hold). */
function firstOfCategory(category: string): string {
  const pattern = new RegExp(`^\\p{General_Category=${category}}$`, 'u');
  for (let code = 0x80; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const character = String.fromCodePoint(code);
    if (pattern.test(character)) return character;
  }
  throw new Error(`no character in ${category}`);
}

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

  it('reads a line of 200,000 spaces around a dash, a row mark or a breadcrumb mark, and 200,000 digits before a letter, each as one unit', () => {
    // Each once made a pattern retry every start in the run (seconds to minutes a line).
    for (const body of [`a${' '.repeat(200_000)}– b`, `a${' '.repeat(200_000)}· b`, `a${' '.repeat(200_000)}› b › c`, `${'1'.repeat(200_000)}a`]) {
      const result = run(body);
      expect(result.claims.length + result.exclusions.length).toBe(1);
      expectNothingLost(result);
    }
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

  it('reads a 5 MB body in one go and accounts for every character', () => {
    const copy = `${knowridge}\n\n`;
    const body = copy.repeat(Math.ceil(FIVE_MEGABYTES / new TextEncoder().encode(copy).length));
    expect(new TextEncoder().encode(body).length).toBeGreaterThanOrEqual(FIVE_MEGABYTES);
    const result = run(body);
    // Every copy after the first is a duplicate of it: the claims are the first copy's, once.
    expect(result.claims.map((claim) => claim.text)).toEqual(run(knowridge).claims.map((claim) => claim.text));
    expectNothingLost(result);
  });

  it('keeps a character of every Unicode general category that UTF-8 text can hold, each where it was', () => {
    const samples = GENERAL_CATEGORIES.map((category) => ({ category, character: firstOfCategory(category) }));
    const body = samples.map(({ category, character }) => `Mice given ketamine recovered within 3 hours (${category}: ${character}).`).join('\n\n');
    const result = run(body);
    expectNothingLost(result);
    for (const { category, character } of samples) {
      const line = `(${category}: ${character})`;
      expect(result.text.includes(line), category).toBe(true);
    }
    for (const unit of [...result.claims, ...result.exclusions]) {
      expect(result.text.slice(unit.span.start, unit.span.end).replace(/\s+/gu, ' ').trim()).toBe(unit.text);
    }
    expect(result.claims.length + result.exclusions.length).toBe(samples.length);
  });

  it('stops at the bytes of a lone surrogate (category Cs), which UTF-8 cannot hold, with its line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${FRONTMATTER}\nMice recovered `), 0xed, 0xa0, 0x80, 0x0a]);
    expect(() => extractClaims({ id: 'surrogate', file: 'surrogate.md', bytes })).toThrow(
      'surrogate.md:13:16: byte 0xed at byte offset 132 is not UTF-8 — save the file as UTF-8 (most editors offer "Save with encoding"), or replace the character there',
    );
  });

  it('stops at every control character that only binary files hold (category Cc, but tab and line ends), with its line and column', () => {
    const controls = [...Array(0x20).keys(), 0x7f].filter((code) => ![0x09, 0x0a, 0x0c, 0x0d].includes(code));
    for (const code of controls) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      expect(() => run(`Mice recovered.\n\nWithin ${String.fromCharCode(code)} hours.`), hex).toThrow(`hostile.md:14:8: control character U+${hex} looks like binary data`);
    }
  });
});
