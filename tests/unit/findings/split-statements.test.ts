import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../../src/findings/split-statements.ts';
import { claim } from './claims.fixture.ts';

const noTopics = () => [];

describe('splitStatements', () => {
  it('cuts "within 3 hours ..., but ... between 12 and 24 hours" at the "but", and keeps the whole too', () => {
    const text =
      'Mice that received ketamine, they explain, showed behavioral improvements within 3 hours of treatment, but they only experienced new dendritic spine formation between 12 and 24 hours after the treatment.';
    const statements = splitStatements(claim(text), noTopics);
    expect(statements.map((statement) => statement.text)).toEqual([
      text,
      'Mice that received ketamine, they explain, showed behavioral improvements within 3 hours of treatment',
      'but they only experienced new dendritic spine formation between 12 and 24 hours after the treatment.',
    ]);
    expect(statements.map((statement) => statement.textRange)).toEqual([
      { start: 0, end: 203 },
      { start: 0, end: 101 },
      { start: 103, end: 203 },
    ]);
    expect(statements.map((statement) => statement.timescales.map((timescale) => timescale.text))).toEqual([
      ['within 3 hours', 'between 12 and 24 hours after'],
      ['within 3 hours'],
      ['between 12 and 24 hours after'],
    ]);
  });

  it('cuts at a spaced dash between "over 12 hours" and "longer-term"', () => {
    const statements = splitStatements(
      claim('The second phase was not apparent until over 12 hours after the ketamine infusion – microscopic analysis showed a longer-term solution.'),
      noTopics,
    );
    expect(statements.map((statement) => statement.text)).toEqual([
      'The second phase was not apparent until over 12 hours after the ketamine infusion – microscopic analysis showed a longer-term solution.',
      'The second phase was not apparent until over 12 hours after the ketamine infusion',
      'microscopic analysis showed a longer-term solution.',
    ]);
  });

  it('leaves a claim whole when its times can be one moment', () => {
    expect(splitStatements(claim('Effects lasted 2 to 7 days after treatment, suggesting a long-term role.'), noTopics)).toHaveLength(1);
  });

  it('leaves a claim whole when only one of its parts holds enough content words to match on', () => {
    expect(splitStatements(claim('ketamine works in two ways: one that acts quickly and another that helps in the long run.'), noTopics)).toHaveLength(1);
  });

  it('cuts a sentence that reports two results at "and" before a second noun phrase', () => {
    const text =
      'The induction of depression-related behavior in multiple chronic stress models was associated with targeted, branch-specific elimination of postsynaptic dendritic spines and a loss of correlated multicellular ensemble activity in PFC projection neurons.';
    expect(splitStatements(claim(text), noTopics).map((statement) => statement.text)).toEqual([
      text,
      'The induction of depression-related behavior in multiple chronic stress models was associated with targeted, branch-specific elimination of postsynaptic dendritic spines',
      'and a loss of correlated multicellular ensemble activity in PFC projection neurons.',
    ]);
  });

  it('cuts an opening subordinate clause at its comma: "Although ..., no one is sure ..."', () => {
    const statements = splitStatements(
      claim('Although researchers know that ketamine can rapidly relieve the symptoms of depression, scientists remain unsure how the drug repairs brain circuits.'),
      noTopics,
    );
    expect(statements.map((statement) => statement.text).slice(1)).toEqual([
      'Although researchers know that ketamine can rapidly relieve the symptoms of depression',
      'scientists remain unsure how the drug repairs brain circuits.',
    ]);
    expect(statements[1]!.timescales.map((timescale) => timescale.text)).toEqual(['rapidly']);
    expect(statements[2]!.timescales).toEqual([]);
  });

  it("names the claim's telling: the abstract apart from the story around it", () => {
    expect(splitStatements(claim('x', { sourceId: 'forum', speaker: 'abstract' }), noTopics)[0]!.telling).toBe('forum/abstract');
    expect(splitStatements(claim('x', { sourceId: 'forum', speaker: 'Conor Liston' }), noTopics)[0]!.telling).toBe('forum/story');
  });

  it('gives a part that names no cause its sentence\'s cause, and a whole whose parts name two causes none', () => {
    const reversed = splitStatements(claim('Antidepressant-dose ketamine reversed these effects by selectively rescuing eliminated spines and restoring coordinated activity in multicellular ensembles.'), noTopics);
    expect(reversed.map((statement) => statement.namedCause)).toEqual(['drug', 'drug', 'drug']);
    const contrasting = splitStatements(
      claim('Changes in dendritic spine density have been associated with depression-related behaviors in chronic stress models and with ketamine’s antidepressant effects.'),
      noTopics,
    );
    expect(contrasting.map((statement) => statement.namedCause)).toEqual([null, 'stress', 'drug']);
  });
});
