import { describe, expect, it } from 'vitest';
import { parseOptions, parseSizes } from '../../../scripts/bench/command-line.ts';
import { headersFor, parseHeadersFile } from '../../browser/headers-file.ts';

describe('parseHeadersFile and headersFor', () => {
  const rules = parseHeadersFile(`# comment
/*
  X-Content-Type-Options: nosniff

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/search-records.json
  Cache-Control: public, no-cache
`);

  it("sends every matching rule's headers, in file order", () => {
    expect(headersFor(rules, '/_astro/a.js')).toEqual({
      'x-content-type-options': 'nosniff',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(headersFor(rules, '/claims/')).toEqual({ 'x-content-type-options': 'nosniff' });
  });

  it('matches a path without a star exactly, dots included', () => {
    expect(headersFor(rules, '/search-records.json')['cache-control']).toBe('public, no-cache');
    expect(headersFor(rules, '/search-records-json')).toEqual({ 'x-content-type-options': 'nosniff' });
  });
});

describe('parseOptions and parseSizes', () => {
  it('reads --name=value and bare flags', () => {
    expect(parseOptions(['--only=lighthouse', '--cold'])).toEqual({ only: 'lighthouse', cold: 'true' });
    expect(() => parseOptions(['lighthouse'])).toThrow('unexpected argument "lighthouse"');
  });

  it('reads sizes as whole numbers and refuses anything else', () => {
    expect(parseSizes('100, 500')).toEqual([100, 500]);
    expect(() => parseSizes('100,abc')).toThrow('--sizes takes whole numbers');
  });
});
