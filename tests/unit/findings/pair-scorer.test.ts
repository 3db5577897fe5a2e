import { describe, expect, it } from 'vitest';
import { comparableStatement } from '../../../src/findings/comparable-statement.ts';
import { makePairScorer } from '../../../src/findings/pair-scorer.ts';
import { scorePair } from '../../../src/findings/score-pair.ts';
import { splitStatements } from '../../../src/findings/split-statements.ts';
import { claim } from './claims.fixture.ts';

describe('makePairScorer', () => {
  it('gives the same scores as scorePair, with each pair weighed by the weighting it is given', () => {
    const statements = [
      'And sure enough, the stressed-out mice lost a lot of synapses.',
      'Mice that lost dendritic spines after stress showed depression-like behaviour within 3 hours.',
      'Ketamine restored the lost spines between 12 and 24 hours after the dose.',
      'This helps lift a person\'s mood in just a few hours.',
    ].map((text, index) => comparableStatement(splitStatements(claim(text, { id: `s${index}`, sourceId: `source-${index}` }), () => [])[0]!, index === 3 ? new Set(['#lose']) : undefined));
    const flat = () => 1;
    const rare = (key: string) => (key.startsWith('#') ? 2 : 0.5);
    const scorer = makePairScorer(statements, [flat, rare], (a, b) => (a.claim.id === 's0' || b.claim.id === 's0' ? 1 : 0));
    for (let first = 0; first < statements.length; first += 1) {
      for (let second = first + 1; second < statements.length; second += 1) {
        const weightOf = first === 0 ? rare : flat;
        expect(scorer(first, second).score).toBeCloseTo(scorePair(statements[first]!, statements[second]!, weightOf).score, 12);
      }
    }
  });
});
