import { describe, expect, it } from 'vitest';
import { borrowedContext } from '../../../src/findings/borrowed-context.ts';
import { comparableStatement } from '../../../src/findings/comparable-statement.ts';
import { splitStatements } from '../../../src/findings/split-statements.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim } from './claims.fixture.ts';

const statement = (text: string, fields: Partial<Claim> = {}, context?: ReadonlySet<string>) => comparableStatement(splitStatements(claim(text, fields), () => [])[0]!, context);

describe('comparableStatement', () => {
  it('keys a numbered time by the hours it names, and every time by its phase', () => {
    const keys = (text: string) => [...statement(text).keys].filter((key) => key.startsWith('@') || key.startsWith('~'));
    expect(keys("It wasn't until 12 hours after treatment that spines formed.")).toEqual(['@12h', '~hours']);
    expect(keys('Spines formed between 12 and 24 hours after the treatment.')).toEqual(['@12h', '~hours']);
    expect(keys('Ketamine relieves depression rapidly.')).toEqual(['~hours']);
  });

  it("leaves out the words of a quoted person's name", () => {
    const quoted = statement('"Stress is associated with a loss of synapses," Liston says.', { speaker: 'Conor Liston' });
    expect(quoted.words.map((word) => word.word)).not.toContain('liston');
    expect(quoted.keys.has('#lose')).toBe(true);
  });

  it('reports the changes a sentence makes, not those that describe a noun', () => {
    expect([...statement('The stressed-out mice lost a lot of synapses.').changes]).toEqual(['#lose']);
    expect([...statement('Ketamine reversed stress by rescuing eliminated spines.').changes]).not.toContain('#lose');
    expect([...statement('Ketamine coaxes faulty brain circuits to function better.').changes]).not.toContain('#damage');
  });

  it('gives the drug as cause to a part that tells a symptom ended, so that it cannot join what stress did', () => {
    const parts = splitStatements(
      claim('When the researchers treated these mice with ketamine, they found that the animals regained functional connectivity, and they no longer displayed behaviors consistent with depression.'),
      () => [],
    ).map((part) => comparableStatement(part));
    const ended = parts.find((part) => part.text.includes('no longer'))!;
    expect([ended.direction, ended.cause]).toEqual(['gain', 'drug']);
    expect(statement('At 24 hours after receiving just one dose of ketamine, the rodents did not show depression-like symptoms.').cause).toBe('drug');
  });

  it('gives a cause only to a statement that reports a change: not to a method step, nor to a sentence with no change', () => {
    expect(statement('And sure enough, the stressed-out mice lost a lot of synapses.').cause).toBe('stress');
    expect(statement('Liston and his team gave mice a stress hormone that caused them to act depressed.', { kind: 'method' }).cause).toBeNull();
    expect(statement('More specifically, the team focused on the spines of stressed mice.').cause).toBeNull();
  });

  it('reads the direction of a statement\'s change, and none for a method step', () => {
    expect(statement('And sure enough, the stressed-out mice lost a lot of synapses.').direction).toBe('loss');
    expect(statement('Optically deleting a random subset of spines had no effect on behavior.').direction).toBe('none');
    expect(statement('Optically deleting a random subset of spines had no effect on behavior.', { kind: 'method' }).direction).toBeNull();
  });

  it('holds borrowed keys apart from its own, at a lower count', () => {
    // "lift" is a word of the #relieve concept: the statement has it of its own.
    const borrowing = statement('This helps lift a person\'s mood.', {}, new Set(['#activity', '#relieve']));
    expect([...borrowing.contextKeys]).toEqual(['#activity']);
    expect(borrowing.counts.get('#activity')).toBeLessThan(borrowing.counts.get('#relieve') ?? 0);
  });
});

describe('borrowedContext', () => {
  it('gives a sentence that points back the keys of the one before it in the same source, and no other', () => {
    const first = claim('These neurons start firing faster.', { id: 'first', sourceId: 'k', span: { start: 0, end: 10 } });
    const second = claim('This helps lift a person\'s mood.', { id: 'second', sourceId: 'k', span: { start: 20, end: 30 } });
    const third = claim('Ketamine grows young neurons.', { id: 'third', sourceId: 'k', span: { start: 40, end: 50 } });
    const elsewhere = claim('This takes time.', { id: 'elsewhere', sourceId: 'other', span: { start: 0, end: 5 } });
    const context = borrowedContext([first, second, third, elsewhere]);
    expect([...context.keys()]).toEqual(['second']);
    expect(context.get('second')!.has('#activity')).toBe(true);
  });

  it('borrows nothing for "They found that ...": the pronoun names the researchers, not the sentence before', () => {
    const first = claim('Stress made the mice act depressed.', { id: 'first', sourceId: 'k', span: { start: 0, end: 10 } });
    const second = claim('They found that the mice lost dendritic spines.', { id: 'second', sourceId: 'k', span: { start: 20, end: 30 } });
    const third = claim('They also stopped acting depressed.', { id: 'third', sourceId: 'k', span: { start: 40, end: 50 } });
    expect([...borrowedContext([first, second, third]).keys()]).toEqual(['third']);
  });
});
