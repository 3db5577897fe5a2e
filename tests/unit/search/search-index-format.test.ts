import { describe, expect, it } from 'vitest';
import { recordFileContents, recordFiles, recordsPerFile, shardKeyOf } from '../../../src/search/search-index-format.ts';

describe('recordFiles', () => {
  it('files each record by its source, in runs of its neighbours, and says its place in the run', () => {
    expect(recordFiles(['news', 'blog', 'news', 'news', 'blog'])).toEqual([
      { path: '/search-index/records/news/0.json', slot: 0 },
      { path: '/search-index/records/blog/0.json', slot: 0 },
      { path: '/search-index/records/news/0.json', slot: 1 },
      { path: '/search-index/records/news/0.json', slot: 2 },
      { path: '/search-index/records/blog/0.json', slot: 1 },
    ]);
  });

  it('starts a new file after recordsPerFile records of a source', () => {
    const locations = recordFiles(Array.from({ length: recordsPerFile * 2 + 1 }, () => 'forum'));
    expect(locations[recordsPerFile - 1]).toEqual({ path: '/search-index/records/forum/0.json', slot: recordsPerFile - 1 });
    expect(locations[recordsPerFile]).toEqual({ path: '/search-index/records/forum/1.json', slot: 0 });
    expect(locations.at(-1)).toEqual({ path: '/search-index/records/forum/2.json', slot: 0 });
  });

  it('moves no other source’s files when one source gains or loses a record', () => {
    const before = ['a', 'a', 'b', 'b', 'b', 'c', 'c'];
    const grown = ['a', 'a', 'b', 'b', 'b', 'b', 'c', 'c'];
    const shrunk = ['a', 'b', 'b', 'b', 'c', 'c'];
    const contentsOf = (sources: string[]) => recordFileContents(sources.map((source, number) => `${source}${sources.slice(0, number).filter((other) => other === source).length}`), recordFiles(sources));
    // The numbers of every record after the change shift; the files of the other sources do not.
    const unchanged = (left: Map<string, string[]>, right: Map<string, string[]>, changed: string) =>
      expect([...left].filter(([path]) => !path.includes(`/${changed}/`))).toEqual([...right].filter(([path]) => !path.includes(`/${changed}/`)));
    unchanged(contentsOf(grown), contentsOf(before), 'b');
    unchanged(contentsOf(shrunk), contentsOf(before), 'a');
    expect(contentsOf(grown).get('/search-index/records/b/0.json')).toEqual(['b0', 'b1', 'b2', 'b3']);
  });

  it('keeps an odd source id inside one path segment, and distinct ids in distinct files', () => {
    const sources = ['x/../y', 'x', 'x/../y', 'héllo wörld'];
    const paths = recordFiles(sources).map((location) => location.path);
    for (const path of paths) expect(path).toMatch(/^\/search-index\/records\/[^/]+\/\d+\.json$/u);
    expect(paths[0]).toBe('/search-index/records/x%2F..%2Fy/0.json');
    expect(new Set(paths).size).toBe(3);
  });
});

describe('shardKeyOf', () => {
  it('keys a word by its first letter or digit, and anything else by its hex code', () => {
    expect(shardKeyOf('spines')).toBe('s');
    expect(shardKeyOf('12')).toBe('1');
    expect(shardKeyOf('élan')).toBe('ue9');
  });
});
