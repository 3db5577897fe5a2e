import { describe, expect, it } from 'vitest';
import { comparableStatement } from '../../../src/findings/comparable-statement.ts';
import { describeGroup, sharedTimescale } from '../../../src/findings/describe-group.ts';
import { formatWindow } from '../../../src/findings/format-hours.ts';
import type { ComparableStatement } from '../../../src/findings/score-pair.ts';
import { splitStatements } from '../../../src/findings/split-statements.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim } from './claims.fixture.ts';

function statement(text: string, fields: Partial<Claim>): ComparableStatement {
  const [first] = splitStatements(claim(text, fields), () => fields.topics ?? []);
  return comparableStatement(first!);
}

const naming = {
  topicTerms: new Map([
    ['dendritic-spines', 'Dendritic spines'],
    ['synapses', 'Synapses'],
  ]),
  studyLabel: (id: string) => (id === 'moda-sava-2019' ? 'Moda-Sava et al. 2019' : id),
  speciesName: (species: string) => (species === 'mouse' ? 'mice' : species),
};

describe('describeGroup', () => {
  const members = [
    statement("It wasn't until 12 hours after ketamine treatment that new dendritic spines formed.", { id: 'npr', sourceId: 'npr', topics: ['dendritic-spines'] }),
    statement('New dendritic spine formation came between 12 and 24 hours after the treatment.', { id: 'report', sourceId: 'report', topics: ['dendritic-spines'] }),
  ];
  const matchedOn = describeGroup(members, () => 1, naming);

  it('says why the members were matched, in one line: topics, words, time, species, study', () => {
    expect(matchedOn.text).toBe('dendritic spines, formation, new, treatment, 12 to 24 hours, mice, Moda-Sava et al. 2019');
  });

  it('lists every shared word, as the sources wrote it, strongest first (here all weigh alike: alphabetical)', () => {
    expect(matchedOn.contentWords).toEqual(['dendritic', 'formation', 'new', 'spine', 'treatment']);
  });

  it('keeps the shared window, species and study as data', () => {
    expect(matchedOn).toMatchObject({
      topics: ['dendritic-spines'],
      species: 'mouse',
      study: 'moda-sava-2019',
      timescale: { fromHours: 12, toHours: 24, phase: 'hours', text: '12 to 24 hours' },
    });
  });
});

describe('describeGroup in a large group', () => {
  // Five tellings of spines restored; two of them also say "before". The rarer word weighs
  // twice as much, but two members use it against five: the line leads with what matched the group.
  const members = [
    statement('Ketamine restored the lost spines before behaviour improved.', { id: 'a', sourceId: 'a' }),
    statement('The drug restored spines, though only after behaviour had improved, not before.', { id: 'b', sourceId: 'b' }),
    statement('Lost spines were restored by ketamine.', { id: 'c', sourceId: 'c' }),
    statement('Spines came back after the dose.', { id: 'd', sourceId: 'd' }),
    statement('The treatment brought the spines back.', { id: 'e', sourceId: 'e' }),
  ];
  const weights = new Map(members.flatMap((member) => member.words.map((word) => [word.key, word.word === 'before' ? 2 : 1] as const)));
  const matchedOn = describeGroup(members, (key) => weights.get(key) ?? 1, { ...naming, topicTerms: new Map() });

  it('puts a word every member uses ahead of a rarer one two members share', () => {
    expect(matchedOn.contentWords.indexOf('spines')).toBe(0);
    expect(matchedOn.contentWords.indexOf('spines')).toBeLessThan(matchedOn.contentWords.indexOf('before'));
  });
});

describe('sharedTimescale', () => {
  it('falls back to the shared phase when a telling gives no number', () => {
    const members = [
      statement('Behaviour improved almost immediately.', { sourceId: 'clinic' }),
      statement('Behaviour improved within 3 hours of treatment.', { sourceId: 'report' }),
    ];
    expect(sharedTimescale(members)).toEqual({ fromHours: null, toHours: null, phase: 'hours', text: 'hours' });
  });

  it('is null when only one telling gives a time', () => {
    expect(sharedTimescale([statement('Behaviour improved within 3 hours.', { sourceId: 'report' }), statement('Behaviour improved.', { sourceId: 'npr' })])).toBeNull();
  });
});

describe('formatWindow', () => {
  it('says windows as a reader would', () => {
    expect([formatWindow(0, 3), formatWindow(12, null), formatWindow(12, 24), formatWindow(48, 168), formatWindow(24, 24)]).toEqual([
      'up to 3 hours',
      '12 hours or more',
      '12 to 24 hours',
      '2 to 7 days',
      '24 hours',
    ]);
  });
});
