import { describe, expect, it } from 'vitest';
import { facetCounts, parseViewState, passesFacets, serializeViewState } from '../../../src/search/facets.ts';
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
