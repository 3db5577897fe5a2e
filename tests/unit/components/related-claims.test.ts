import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relatedClaimsOf } from '../../../src/components/related-claims.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim } from '../findings/claims.fixture.ts';

/** The definition, one claim at a time over every claim: what the precomputed version must match. */
function relatedByScanning(claims: readonly Claim[], target: Claim, limit: number): Claim[] {
  if (target.topics.length === 0) return [];
  return claims
    .filter((other) => other.id !== target.id)
    .map((other) => ({ other, shared: other.topics.filter((topic) => target.topics.includes(topic)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => Number(a.other.kind === 'commentary') - Number(b.other.kind === 'commentary') || b.shared - a.shared)
    .slice(0, limit)
    .map(({ other }) => other);
}

const ids = (claims: readonly Claim[] | undefined) => (claims ?? []).map((item) => item.id);

describe('relatedClaimsOf', () => {
  const claims = [
    claim('Ketamine restores spines in mice.', { id: 'spines', topics: ['spines', 'synapses'] }),
    claim('Spines grow back within a day.', { id: 'regrow', topics: ['spines'] }),
    claim('I think it works on synapses.', { id: 'opinion', kind: 'commentary', topics: ['spines', 'synapses'] }),
    claim('Synapses strengthen.', { id: 'synapses', topics: ['synapses'] }),
    claim('Ketamine is an anaesthetic.', { id: 'untagged', topics: [] }),
  ];

  it('ranks claims sharing more topics first and commentary last', () => {
    expect(ids(relatedClaimsOf(claims).get('regrow'))).toEqual(['spines', 'opinion']);
    expect(ids(relatedClaimsOf(claims).get('spines'))).toEqual(['regrow', 'synapses', 'opinion']);
  });

  it('gives a claim without topics no related claims, and never the claim itself', () => {
    expect(relatedClaimsOf(claims).get('untagged')).toEqual([]);
    for (const [id, related] of relatedClaimsOf(claims)) expect(ids(related)).not.toContain(id);
  });

  it('lists what scanning every claim for each claim lists, for any corpus', () => {
    const topic = fc.constantFrom('spines', 'synapses', 'bdnf', 'glutamate', 'mtor');
    const corpus = fc.array(fc.record({ topics: fc.uniqueArray(topic, { maxLength: 3 }), commentary: fc.boolean() }), { maxLength: 40 });
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 4 }), (shapes, limit) => {
        const generated = shapes.map((shape, index) => claim(`Claim ${index}.`, { id: `c${index}`, topics: shape.topics, kind: shape.commentary ? 'commentary' : 'finding' }));
        const related = relatedClaimsOf(generated, limit);
        for (const target of generated) expect(ids(related.get(target.id))).toEqual(ids(relatedByScanning(generated, target, limit)));
      }),
    );
  });
});
