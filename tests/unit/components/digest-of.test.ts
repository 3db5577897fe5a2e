import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../src/components/digest-of.ts';

describe('digestOf', () => {
  it('gives equal data the same digest, whatever the key order or object identity', () => {
    expect(digestOf({ id: 'a', topics: ['x', 'y'], span: { start: 1, end: 2 } })).toBe(digestOf({ span: { end: 2, start: 1 }, topics: ['x', 'y'], id: 'a' }));
  });

  it('tells apart a changed string, number, array order and nesting', () => {
    const base = digestOf({ text: 'Mice recovered within a day.', start: 10, topics: ['x', 'y'] });
    expect(digestOf({ text: 'Mice recovered within a week.', start: 10, topics: ['x', 'y'] })).not.toBe(base);
    expect(digestOf({ text: 'Mice recovered within a day.', start: 11, topics: ['x', 'y'] })).not.toBe(base);
    expect(digestOf({ text: 'Mice recovered within a day.', start: 10, topics: ['y', 'x'] })).not.toBe(base);
    expect(digestOf({ text: 'Mice recovered within a day.', start: 10, topics: [['x', 'y']] })).not.toBe(base);
  });

  it('tells the string "1" from the number 1, and null from a missing key', () => {
    expect(digestOf({ n: '1' })).not.toBe(digestOf({ n: 1 }));
    expect(digestOf({ url: null })).not.toBe(digestOf({}));
  });

  it('treats a key holding undefined as absent, as JSON does', () => {
    expect(digestOf({ a: 1, b: undefined })).toBe(digestOf({ a: 1 }));
  });

  it('reads maps by their entries and sets by their members, in any insertion order', () => {
    expect(digestOf(new Map([['a', 1], ['b', 2]]))).toBe(digestOf(new Map([['b', 2], ['a', 1]])));
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
    expect(digestOf(new Set(['a', 'b']))).toBe(digestOf(new Set(['b', 'a'])));
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf({ a: 1 }));
  });

  it('hashes a record shared by two values once and still gives each its own digest', () => {
    const source = { id: 'news', text: 'A long text. '.repeat(1000) };
    expect(digestOf({ claim: 'one', source })).not.toBe(digestOf({ claim: 'two', source }));
    expect(digestOf({ claim: 'one', source })).toBe(digestOf({ claim: 'one', source: { ...source } }));
  });

  it('refuses functions, which are not data', () => {
    expect(() => digestOf({ render: () => 1 })).toThrow(/plain data/);
  });
});
