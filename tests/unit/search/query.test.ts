import { describe, expect, it } from 'vitest';
import { query } from '../../../src/search/query.ts';
import { ids, records } from './records.fixture.ts';

const all = { facets: {}, commentary: true };

describe('query: typos find what the right spelling finds', () => {
  it.each([
    ['dendritc spines', 'dendritic spines'],
    ['prefontal cortex', 'prefrontal cortex'],
    ['ketamin', 'ketamine'],
    ['hipocampus', 'hippocampus'],
  ])('"%s" finds the same claims as "%s"', (typo, right) => {
    const expected = ids(query(records, right).results);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(query(records, typo).results).sort()).toEqual([...expected].sort());
  });
});

describe('query: singular and plural', () => {
  it('"spine" and "spines" find the same claims', () => {
    expect(ids(query(records, 'spine').results).sort()).toEqual(ids(query(records, 'spines').results).sort());
  });

  it('"spines" finds a claim that only says "spine formation"', () => {
    expect(ids(query(records, 'spines').results)).toContain('spine-formation-timing');
  });

  it('"mouse" finds claims that say "mice"', () => {
    expect(ids(query(records, 'mouse').results)).toContain('spines-lost');
  });
});

describe('query: who was studied', () => {
  it('"mice" finds a mouse claim whose quote names no species, and no human claim', () => {
    const found = ids(query(records, 'mice').results);
    expect(found).toContain('hippocampus-bmp');
    expect(found).not.toContain('humans-synapses');
  });

  it('"humans synapses" finds the claim about eleven men, and "mice synapses" does not', () => {
    expect(ids(query(records, 'humans synapses').results)).toEqual(['humans-synapses']);
    expect(ids(query(records, 'mice synapses').results)).toEqual([]);
  });

  it('highlights only words the quote says, not the population it was searched with', () => {
    const [result] = query(records, 'mice hippocampus').results;
    expect(result?.record.id).toBe('hippocampus-bmp');
    expect(result?.highlights.map((range) => result.record.text.slice(range.start, range.end))).toEqual(['hippocampus']);
  });

  it('searches no population word for a claim that has none', () => {
    expect(ids(query(records, 'population').results)).toEqual([]);
    expect(ids(query(records, 'mixed').results)).toEqual([]);
  });
});

describe('query: depth and order', () => {
  it('finds a word near the end of a long quote', () => {
    expect(ids(query(records, 'remission').results)).toEqual(['long-abstract']);
  });

  it('needs every word, in any order and any field', () => {
    expect(ids(query(records, 'hours spine').results)).toEqual(['spine-formation-timing']);
    expect(ids(query(records, 'BMP hippocampus').results)).toEqual(['hippocampus-bmp']);
  });

  it('matches a topic term the quote does not use', () => {
    expect(ids(query(records, 'optogenetics').results)).toEqual(['long-abstract']);
  });

  it('ranks a claim whose quote says the words above one that only has them as topics', () => {
    const results = ids(query(records, 'dendritic spines').results);
    expect(results.indexOf('spines-lost')).toBeLessThan(results.indexOf('long-abstract'));
  });
});

describe('query: ranking', () => {
  it('puts a quote that says the word ahead of one that only starts with it', () => {
    const both = [
      { ...records[0]!, id: 'neuronal', text: 'Neuronal activity rose.', topics: [] },
      { ...records[0]!, id: 'neurons', text: 'After the dose, the mice grew many new neurons in the hippocampus over several weeks of observation.', topics: [] },
    ];
    expect(ids(query(both, 'neuron').results)).toEqual(['neurons', 'neuronal']);
  });
});

describe('query: highlights', () => {
  it('marks the matched words in the quote, typos included', () => {
    const [first] = query(records, 'dendritc spines').results.filter((result) => result.record.id === 'spines-lost');
    const text = first!.record.text;
    expect(first!.highlights.map(({ start, end }) => text.slice(start, end))).toEqual(['dendritic spines']);
  });
});

describe('query: facets', () => {
  it('combines a query with a species facet', () => {
    expect(ids(query(records, 'synapses', { facets: { species: ['human'] }, commentary: false }).results)).toEqual([
      'humans-synapses',
    ]);
    expect(ids(query(records, 'spines', { facets: { species: ['human'] }, commentary: false }).results)).toEqual([]);
  });

  it('lists every claim the facets allow when the query is empty, in the given order', () => {
    expect(ids(query(records, '', { facets: { species: ['human'] }, commentary: false }).results)).toEqual([
      'humans-hierarchy',
      'humans-synapses',
    ]);
  });

  it('hides commentary unless asked', () => {
    expect(ids(query(records, 'jack').results)).toEqual([]);
    expect(ids(query(records, 'jack', all).results)).toEqual(['forum-opinion']);
  });
});

describe('query: no input breaks it', () => {
  it.each([
    ['regex characters', '.*+?^${}()|[]\\'],
    ['an unclosed group', '(spines'],
    ['emoji only', '🧠💊'],
    ['10,000 characters', 'x'.repeat(10_000)],
    ['10,000 characters of words', 'spines cortex '.repeat(800)],
    ['an empty query', ''],
    ['a lone surrogate', '\ud83e'],
  ])('survives %s', (_, text) => {
    expect(() => query(records, text, all)).not.toThrow();
  });

  it('treats regex characters around a word as the word', () => {
    expect(ids(query(records, '(spines').results)).toEqual(ids(query(records, 'spines').results));
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(query(records, 'zebrafish').results).toEqual([]);
  });

  it('returns every visible claim for emoji only, as for an empty query', () => {
    expect(query(records, '🧠').results).toHaveLength(query(records, '').results.length);
  });
});

describe('query: words that are names of Object properties', () => {
  it('finds "constructor" and "__proto__" in a claim as words like any other', () => {
    const record = { ...records[0]!, id: 'object-words', text: "Ketamine ran {{constructor.constructor('x')()}} and __proto__ within 24 hours." };
    expect(ids(query([...records, record], 'constructor', all).results)).toEqual(['object-words']);
    expect(ids(query([...records, record], 'window proto', all).results)).toEqual([]);
    expect(ids(query([...records, record], 'proto', all).results)).toEqual(['object-words']);
  });
});
