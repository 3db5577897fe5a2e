import { describe, expect, it } from 'vitest';
import { recordPaths, shardKeyOf } from '../../../src/search/search-index-format.ts';

describe('recordPaths', () => {
  it('names each record by its source and its place among that source’s records', () => {
    expect(recordPaths(['news', 'blog', 'news', 'news', 'blog'])).toEqual([
      '/search-index/records/news/0.json',
      '/search-index/records/blog/0.json',
      '/search-index/records/news/1.json',
      '/search-index/records/news/2.json',
      '/search-index/records/blog/1.json',
    ]);
  });

  it('moves no other source’s files when one source gains or loses a record', () => {
    const before = ['a', 'a', 'b', 'b', 'b', 'c', 'c'];
    const grown = ['a', 'a', 'b', 'b', 'b', 'b', 'c', 'c'];
    const shrunk = ['a', 'b', 'b', 'b', 'c', 'c'];
    const pathsOf = (sources: string[], wanted: string) => recordPaths(sources).filter((_, index) => sources[index] !== wanted);
    // The numbers of every record after the change shift; the files of sources a and c do not.
    expect(pathsOf(grown, 'b')).toEqual(pathsOf(before, 'b'));
    expect(pathsOf(shrunk, 'a')).toEqual(pathsOf(before, 'a').filter((path) => !path.includes('/a/')));
    expect(recordPaths(shrunk).filter((path) => path.includes('/c/'))).toEqual(recordPaths(before).filter((path) => path.includes('/c/')));
  });

  it('gives every record its own file, and keeps an odd source id inside one path segment', () => {
    const sources = ['x/../y', 'x', 'x/../y', 'héllo wörld'];
    const paths = recordPaths(sources);
    expect(new Set(paths).size).toBe(sources.length);
    for (const path of paths) expect(path).toMatch(/^\/search-index\/records\/[^/]+\/\d+\.json$/u);
    expect(paths[0]).toBe('/search-index/records/x%2F..%2Fy/0.json');
  });
});

describe('shardKeyOf', () => {
  it('keys a word by its first letter or digit, and anything else by its hex code', () => {
    expect(shardKeyOf('spines')).toBe('s');
    expect(shardKeyOf('12')).toBe('1');
    expect(shardKeyOf('élan')).toBe('ue9');
  });
});
