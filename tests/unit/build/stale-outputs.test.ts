import { describe, expect, it } from 'vitest';
import { foldersToTidy, keepsOutputFolder, staleOutputs } from '../../../src/build/stale-outputs.ts';

describe('staleOutputs', () => {
  const outputs = {
    routeFiles: ['index.html', 'claims/kept-claim/index.html', 'data/claims.json'],
    bundleFiles: ['_astro/search-worker-NEW.js', '_astro/BaseLayout.NEW.css'],
    publicFiles: ['_headers', 'favicon.svg'],
  };

  it('finds the page of a claim that is gone and a script under an old hash', () => {
    const present = ['index.html', 'claims/kept-claim/index.html', 'claims/gone-claim/index.html', 'data/claims.json', '_astro/search-worker-OLD.js', '_astro/search-worker-NEW.js', '_astro/BaseLayout.NEW.css', '_headers', 'favicon.svg'];
    expect(staleOutputs(present, outputs)).toEqual(['_astro/search-worker-OLD.js', 'claims/gone-claim/index.html']);
  });

  it('keeps every file a build into an empty folder makes: its pages, its bundle and public/', () => {
    const present = [...outputs.routeFiles, ...outputs.bundleFiles, ...outputs.publicFiles];
    expect(staleOutputs(present, outputs)).toEqual([]);
  });

  it('tells a page from a file of the same name in another folder', () => {
    expect(staleOutputs(['claims/index.html', 'index.html'], outputs)).toEqual(['claims/index.html']);
  });
});

describe('foldersToTidy', () => {
  it('lists the folders of removed files and their parents, deepest first', () => {
    expect(foldersToTidy(['claims/gone/index.html', 'search-index/records/src-1/0.json', 'top.json'])).toEqual([
      'search-index/records/src-1',
      'claims/gone',
      'search-index/records',
      'claims',
      'search-index',
    ]);
  });
});

describe('keepsOutputFolder', () => {
  it('keeps the folder the cache last built into, and no other', () => {
    expect(keepsOutputFolder('/site/dist', '/site/dist')).toBe(true);
    expect(keepsOutputFolder('/site/dist\n', '/site/dist')).toBe(true);
    expect(keepsOutputFolder('/site/node_modules/.cache/explorer-browser-tests', '/site/dist')).toBe(false);
  });

  it('empties the folder when no build has finished with this cache', () => {
    expect(keepsOutputFolder(null, '/site/dist')).toBe(false);
  });
});
