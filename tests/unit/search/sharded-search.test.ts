import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/search/build-search-index.ts';
import { facetCounts } from '../../../src/search/facets.ts';
import { query } from '../../../src/search/query.ts';
import { sanitizeQuery } from '../../../src/search/sanitize-query.ts';
import { indexHeadPath, recordFiles, shardKeyOf, termShardPath } from '../../../src/search/search-index-format.ts';
import type { SearchRecord } from '../../../src/search/search-record.ts';
import { createRankingScratch, createShardedSearch, candidateMargin, labelMatcher, rankMatches, type RankingScratch } from '../../../src/search/sharded-search.ts';
import { corpusRecords, grownRecords } from './corpus-records.ts';

/** The fixed query list the benchmark also uses: half of it typos. */
const queries = readFileSync(new URL('../../fixtures/search-queries.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

const everything = { facets: {}, commentary: false };

/** The sharded search over records, its files served from memory, with a log of what it read. */
function shardedOver(records: readonly SearchRecord[], options: { failFirst?: string } = {}) {
  const index = buildSearchIndex(records);
  const files = new Map<string, string>([[indexHeadPath(), JSON.stringify(index.head)]]);
  for (const [key, shard] of index.shards) files.set(termShardPath(key), JSON.stringify(shard));
  for (const [path, file] of index.recordFiles) files.set(path, JSON.stringify(file));
  const read: string[] = [];
  let failing = options.failFirst;
  const engine = createShardedSearch({
    load: async (path) => {
      read.push(path);
      if (path === failing) {
        failing = undefined;
        throw new Error('network down');
      }
      const text = files.get(path);
      if (text === undefined) throw new Error(`no such file: ${path}`);
      return JSON.parse(text) as unknown;
    },
  });
  return { engine, read, files };
}

const ids = (results: readonly { record: SearchRecord }[]) => results.map((result) => result.record.id);

describe('the sharded search on the real corpus', () => {
  const records = corpusRecords();
  const { engine } = shardedOver(records);

  it.each(queries)('gives "%s" the full scan’s results, in its order, and its count', async (text) => {
    const full = query(records, text, everything).results;
    const outcome = await engine.search(text, everything, 50);
    expect(ids(outcome.results)).toEqual(ids(full).slice(0, 50));
    expect(outcome.total).toBe(full.length);
    expect(outcome.results.map((result) => result.highlights)).toEqual(full.slice(0, 50).map((result) => result.highlights));
  });

  it('finds claims by who was studied as the full scan does: "mice 24 hours" reaches a quote that says "rodents"', async () => {
    const full = query(records, 'mice 24 hours', everything).results;
    const outcome = await engine.search('mice 24 hours', everything, 50);
    expect(ids(outcome.results)).toEqual(ids(full).slice(0, 50));
    expect(outcome.total).toBe(full.length);
    expect(full.some((result) => /rodents/u.test(result.record.text) && !/\bmice\b/iu.test(result.record.text))).toBe(true);
  });

  it('applies facets and counts them as the full search does', async () => {
    const state = { facets: { species: ['mouse'], hedge: ['asserted', 'hedged'] }, commentary: false };
    const full = query(records, 'spines', state).results;
    const outcome = await engine.search('spines', state, 50);
    expect(ids(outcome.results)).toEqual(ids(full));
    const matching = query(records, 'spines', { facets: {}, commentary: true }).results.map((result) => result.record);
    const expected = facetCounts(matching, state);
    for (const [key, counts] of Object.entries(outcome.counts)) expect(new Map(counts)).toEqual(expected[key as keyof typeof expected]);
  });

  it('lists every claim a facet allows when there is no query, as the full search does', async () => {
    const state = { facets: { species: ['human'] }, commentary: false };
    const outcome = await engine.search('', state, 1000);
    expect(ids(outcome.results)).toEqual(ids(query(records, '', state).results));
  });

  it('takes any input: regular-expression characters, 10,000 characters, emoji, markup', async () => {
    for (const text of ['(.*)+[', 'spine'.repeat(2000), '🧠💊 spines 🐭', '<script>alert(1)</script>', '\u0000\u202e', 'constructor __proto__']) {
      const outcome = await engine.search(text, everything, 50);
      // Input without a single word is no query: the page shows nothing rather than everything.
      const expected = sanitizeQuery(text).terms.length === 0 ? [] : ids(query(records, text, everything).results).slice(0, 50);
      expect(ids(outcome.results)).toEqual(expected);
    }
  });
});

describe('what the sharded search downloads', () => {
  const records = corpusRecords();

  it('reads the head, one shard per first letter typed, and only the record files holding what it scores', async () => {
    const { engine, read } = shardedOver(records);
    const outcome = await engine.search('dendritic spines', everything, 10);
    const shards = read.filter((path) => path.includes('/terms/'));
    expect(shards.sort()).toEqual([termShardPath('d'), termShardPath('s')]);
    const fetchedFiles = read.filter((path) => path.includes('/records/'));
    const locations = recordFiles(records.map((record) => record.sourceId));
    const numberOf = new Map(records.map((record, number) => [record.id, number]));
    for (const result of outcome.results) expect(fetchedFiles).toContain(locations[numberOf.get(result.record.id)!]!.path);
    // Each file once, however many of its records are scored; never more files than records scored.
    expect(new Set(fetchedFiles).size).toBe(fetchedFiles.length);
    expect(fetchedFiles.length).toBeLessThanOrEqual(Math.min(outcome.total, 10 + candidateMargin));
    expect(fetchedFiles.length).toBeLessThan(new Set(locations.map((location) => location.path)).size);
    expect(read.filter((path) => path === indexHeadPath())).toHaveLength(1);
  });

  it('says which build to blame when a record file does not hold the record the head promises', async () => {
    const { engine, files } = shardedOver(records);
    for (const path of files.keys()) if (path.includes('/records/')) files.set(path, '[]');
    await expect(engine.search('spines', everything, 10)).rejects.toThrow(/has no record at place \d+; the index and its record files come from different builds/u);
  });

  it('reads nothing again that it already has', async () => {
    const { engine, read } = shardedOver(records);
    await engine.search('spines', everything, 10);
    const before = read.length;
    await engine.search('spines', everything, 10);
    expect(read.length).toBe(before);
  });

  it('answers a query again without working it out again when its terms, facets and length are the same', async () => {
    const { engine } = shardedOver(records);
    const first = await engine.search('dendritic', everything, 10);
    // One letter is not a term, so "dendritic s" asks what "dendritic" asked.
    expect(await engine.search('dendritic s', everything, 10)).toBe(first);
    expect(await engine.search('  Dendritic ', everything, 10)).toBe(first);
    const filtered = await engine.search('dendritic', { facets: { species: ['mouse'] }, commentary: false }, 10);
    expect(filtered).not.toBe(first);
    expect(filtered.total).toBeLessThan(first.total);
    expect(await engine.search('dendritic', everything, 20)).not.toBe(first);
  });

  it('remembers only the latest queries, and works an older one out again to the same answer', async () => {
    const { engine } = shardedOver(records);
    const first = await engine.search('spines', everything, 10);
    for (const text of ['ketamine', 'mice', 'stress', 'synapses', 'hours', 'depression', 'brain', 'cortex', 'behaviour', 'human', 'patients', 'imaging', 'neurons', 'circuits', 'drug', 'weeks', 'days']) {
      await engine.search(text, everything, 10);
    }
    const again = await engine.search('spines', everything, 10);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('fetches the shard of a word being typed before it is a term, and a failure there fails no query', async () => {
    const { engine, read } = shardedOver(records, { failFirst: termShardPath('s') });
    const outcome = await engine.search('dendritic s', everything, 10);
    expect(outcome.terms).toEqual(['dendritic']);
    expect(read).toContain(termShardPath('s'));
    // The failed fetch was not remembered: the next key fetches the shard again and finds the spines.
    const next = await engine.search('dendritic sp', everything, 10);
    expect(read.filter((path) => path === termShardPath('s'))).toHaveLength(2);
    expect(ids(next.results)).toEqual(ids(query(records, 'dendritic sp', everything).results).slice(0, 10));
  });

  it('tries a part again after a failed fetch instead of remembering the failure', async () => {
    const { engine } = shardedOver(records, { failFirst: termShardPath('s') });
    await expect(engine.search('spines', everything, 10)).rejects.toThrow(/network down/u);
    const outcome = await engine.search('spines', everything, 10);
    expect(outcome.total).toBe(query(records, 'spines', everything).results.length);
  });

  it('refuses an index of another format version, the one-record files of version 1 included', async () => {
    for (const version of [1, 99]) {
      const engine = createShardedSearch({ load: async () => ({ version }) });
      await expect(engine.search('spines', everything, 10)).rejects.toThrow(`expected version 2, got ${version}`);
    }
  });
});

describe('rankMatches with a scratch kept between keystrokes', () => {
  const index = buildSearchIndex(grownRecords(corpusRecords(), 2_000));
  const tables = { count: index.head.count, fieldCount: index.head.fieldCount, labels: index.head.labels.map((table) => (table === null ? null : labelMatcher(table))) };
  const rank = (text: string, scratch?: RankingScratch) => {
    const { terms } = sanitizeQuery(text);
    const matches = rankMatches(tables, terms, terms.map((term) => index.shards.get(shardKeyOf(term)) ?? null), scratch);
    return { numbers: matches.numbers, ranks: matches.numbers.map((number) => matches.rankOf[number]) };
  };

  it('ranks every query as a fresh scratch would, whatever the scratch ranked before', () => {
    const scratch = createRankingScratch(tables.count);
    for (const text of ['dendritic spines', 'ketamne', 'mice hours', 'spines', 'prefrontal cortex stress']) {
      const kept = rank(text, scratch);
      expect(kept.numbers.length).toBeGreaterThan(0);
      expect(kept).toEqual(rank(text));
    }
  });

  it('leaves alone a scratch made for another number of records', () => {
    const scratch = createRankingScratch(tables.count - 1);
    expect(rank('spines', scratch)).toEqual(rank('spines'));
    expect(scratch.matchedTerms.every((value) => value === 0)).toBe(true);
  });
});

describe('the sharded search on a corpus forty times larger', () => {
  const records = grownRecords(corpusRecords(), 10_000);
  const { engine } = shardedOver(records);

  it('finds the full scan’s top ten (recall@10 of 0.95 or more over the query list, typos included)', async () => {
    const recalls: number[] = [];
    for (const text of queries) {
      const full = ids(query(records, text, everything).results.slice(0, 10));
      const found = new Set(ids((await engine.search(text, everything, 10)).results));
      recalls.push(full.length === 0 ? 1 : full.filter((id) => found.has(id)).length / full.length);
    }
    const mean = recalls.reduce((sum, recall) => sum + recall, 0) / recalls.length;
    console.log(`recall@10 against a full fuse scan of 10,000 records: ${mean.toFixed(3)} over ${queries.length} queries`);
    expect(mean).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});
