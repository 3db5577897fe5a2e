import { describe, expect, it } from 'vitest';
import { combineVetoSummaries, vetoSummariesConflict, vetoSummaryOf } from '../../../src/findings/group-vetoes.ts';
import { comparableStatement } from '../../../src/findings/comparable-statement.ts';
import { vetoOf } from '../../../src/findings/score-pair.ts';
import { splitStatements } from '../../../src/findings/split-statements.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim } from './claims.fixture.ts';

const statement = (text: string, fields: Partial<Claim> = {}) => comparableStatement(splitStatements(claim(text, fields), () => [])[0]!);

describe('veto summaries', () => {
  const statements = [
    statement('Behaviour improved within 3 hours.', { id: 'fast', sourceId: 'one' }),
    statement('Spines formed between 12 and 24 hours after.', { id: 'slow', sourceId: 'two' }),
    statement('Spines formed in people.', { id: 'people', sourceId: 'three', species: 'human' }),
    statement('Neurons grew.', { id: 'other-study', sourceId: 'four', study: 'rawat-kessler-2025' }),
    statement('Earlier work found new synapses.', { id: 'earlier', sourceId: 'five', study: null, kind: 'background', species: 'none', speciesBasis: 'none' }),
    statement('Ketamine restored spines.', { id: 'restored', sourceId: 'six' }),
    statement('Stressed mice lost spines.', { id: 'stressed', sourceId: 'seven' }),
    statement('Optically deleting random spines had no effect.', { id: 'control', sourceId: 'eight' }),
    statement('Optically deleting the new spines eliminated the recovery.', { id: 'deleted', sourceId: 'nine' }),
  ];

  it('conflict exactly when the two statements veto each other', () => {
    for (const a of statements) {
      for (const b of statements) {
        if (a === b) continue;
        expect(vetoSummariesConflict(vetoSummaryOf(a), vetoSummaryOf(b)), `${a.claim.id} / ${b.claim.id}`).toBe(vetoOf(a, b) !== null);
      }
    }
  });

  it('carry every member\'s vetoes into the group: a group holding the 3-hour telling takes no 12-hour one', () => {
    const group = combineVetoSummaries(vetoSummaryOf(statements[0]!), vetoSummaryOf(statements[5]!));
    expect(vetoSummariesConflict(group, vetoSummaryOf(statements[1]!))).toBe(true);
    expect(vetoSummariesConflict(group, vetoSummaryOf(statements[4]!))).toBe(false);
  });

  it('keep a group that holds what stress did from taking what the drug did', () => {
    const group = combineVetoSummaries(vetoSummaryOf(statements[6]!), vetoSummaryOf(statements[4]!));
    expect(vetoSummariesConflict(group, vetoSummaryOf(statements[5]!))).toBe(true);
  });

  it('keep a claim out of a group that holds one of its parts', () => {
    const [whole, ...parts] = splitStatements(claim('Behaviour improved within 3 hours of treatment, but new dendritic spines formed between 12 and 24 hours after.'), () => []).map((part) => comparableStatement(part));
    expect(parts).toHaveLength(2);
    expect(vetoSummariesConflict(vetoSummaryOf(whole!), vetoSummaryOf(parts[0]!))).toBe(true);
  });
});
