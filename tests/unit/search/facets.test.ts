import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimKinds, hedgeLevels, phases, speciesValues } from '../../../src/schemas/vocabulary-values.ts';
import {
  facetCounts,
  facetKeys,
  facetValuesOf,
  parseViewState,
  passesFacets,
  serializeViewState,
  type FacetKey,
  type FacetRecord,
} from '../../../src/search/facets.ts';
import { records } from './records.fixture.ts';

describe('facetCounts', () => {
  it('counts each species among the visible claims', () => {
    const counts = facetCounts(records, { facets: {}, commentary: false });
    expect(counts.species.get('mouse')).toBe(5);
    expect(counts.species.get('human')).toBe(2);
    expect(counts.species.get('none')).toBeUndefined();
  });

  it('counts commentary when it is shown', () => {
    expect(facetCounts(records, { facets: {}, commentary: true }).species.get('none')).toBe(1);
  });

  it('counts a facet’s values as if each were added to the other facets', () => {
    const counts = facetCounts(records, { facets: { species: ['human'] }, commentary: false });
    // species ignores its own selection, so mice still show how many they would add
    expect(counts.species.get('mouse')).toBe(5);
    // other facets count only human claims
    expect(counts.hedge.get('hedged')).toBe(2);
    expect(counts.hedge.get('asserted')).toBeUndefined();
  });

  it('counts claims with no timescale under "none"', () => {
    expect(facetCounts(records, { facets: {}, commentary: false }).phase.get('none')).toBe(4);
  });

  it('agrees with its definition (passes every facet but the one counted) on any records and selection', () => {
    const facetRecord: fc.Arbitrary<FacetRecord> = fc.record({
      species: fc.constantFrom(...speciesValues),
      phases: fc.uniqueArray(fc.constantFrom(...phases), { maxLength: 3 }),
      hedge: fc.constantFrom(...hedgeLevels),
      kind: fc.constantFrom(...claimKinds),
      sourceId: fc.constantFrom('a', 'b', 'c'),
      speaker: fc.constantFrom('journalist', 'Conor Liston', 'forum'),
    });
    const values: Record<FacetKey, readonly string[]> = {
      species: speciesValues,
      phase: [...phases, 'none'],
      hedge: hedgeLevels,
      kind: claimKinds,
      source: ['a', 'b', 'c', 'd'],
      speaker: ['journalist', 'Conor Liston', 'forum'],
    };
    const selection = fc.record(
      Object.fromEntries(facetKeys.map((key) => [key, fc.subarray([...values[key]])])) as Record<FacetKey, fc.Arbitrary<string[]>>,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(facetRecord, { maxLength: 40 }), selection, fc.boolean(), (list, facets, commentary) => {
        const state = { facets, commentary };
        const expected = Object.fromEntries(
          facetKeys.map((key) => {
            const map = new Map<string, number>();
            for (const record of list.filter((candidate) => passesFacets(candidate, state, key))) {
              for (const value of facetValuesOf(record, key)) map.set(value, (map.get(value) ?? 0) + 1);
            }
            return [key, map];
          }),
        );
        expect(facetCounts(list, state)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('passesFacets', () => {
  it('ORs values within a facet and ANDs facets', () => {
    const state = { facets: { species: ['human', 'mouse'], hedge: ['hedged'] }, commentary: false };
    expect(records.filter((record) => passesFacets(record, state)).map((record) => record.id)).toEqual([
      'humans-hierarchy',
      'humans-synapses',
    ]);
  });

  it('shows commentary when the kind facet asks for it by name', () => {
    const forum = records.find((record) => record.kind === 'commentary')!;
    expect(passesFacets(forum, { facets: { kind: ['commentary'] }, commentary: false })).toBe(true);
  });
});

describe('the view state in the URL', () => {
  it('reads the example from the issue', () => {
    expect(parseViewState('?species=human&hedge=hedged&q=spines')).toEqual({
      q: 'spines',
      facets: { species: ['human'], hedge: ['hedged'] },
      commentary: false,
    });
  });

  it('reads repeated and comma-separated values alike', () => {
    expect(parseViewState('species=human&species=mouse').facets.species).toEqual(['human', 'mouse']);
    expect(parseViewState('species=human,mouse').facets.species).toEqual(['human', 'mouse']);
  });

  it('writes a view and reads it back unchanged', () => {
    const state = { q: 'dendritic spines', facets: { species: ['mouse'], phase: ['hours', 'days'] }, commentary: true };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState({ q: ' ', facets: {}, commentary: false })).toBe('');
  });

  it('ignores parameters it does not know', () => {
    expect(parseViewState('?utm_source=x&kind=finding')).toEqual({ q: '', facets: { kind: ['finding'] }, commentary: false });
  });
});
