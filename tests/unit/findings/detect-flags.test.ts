import { describe, expect, it } from 'vitest';
import { detectFlags } from '../../../src/findings/detect-flags.ts';
import { detectHedgeDrift, studyWording } from '../../../src/findings/detect-hedge-drift.ts';
import { detectNumberChange } from '../../../src/findings/detect-number-change.ts';
import { detectSpeciesOmission } from '../../../src/findings/detect-species-omission.ts';
import { detectTimescaleDisagreement } from '../../../src/findings/detect-timescale-disagreement.ts';
import type { FlagMember } from '../../../src/findings/flag-member.ts';
import { tellingOf } from '../../../src/findings/telling-of.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { claim } from './claims.fixture.ts';

const names: Record<string, string> = { 'report/story': 'the news article', 'npr/story': 'the forum thread', 'clinic/story': 'the clinic blog', 'npr/abstract': "the paper's abstract" };
const tellingName = (telling: string) => names[telling] ?? telling;
const speciesName = (species: string) => (species === 'mouse' ? 'mice' : species);

function member(text: string, fields: Partial<Claim>): FlagMember {
  const made = claim(text, fields);
  return { claim: made, telling: tellingOf(made), text: made.text, timescales: made.timescales };
}

const threeHours = member('Mice showed behavioral improvements within 3 hours of treatment.', { id: 'report-3h', sourceId: 'report' });
const sixHours = member('It took less than six hours for the circuits to begin working better.', { id: 'npr-6h', sourceId: 'npr' });
const immediately = member('The first happens almost immediately after ketamine enters the body.', { id: 'clinic-now', sourceId: 'clinic', speciesBasis: 'context' });

describe('detectTimescaleDisagreement', () => {
  it('flags "within 3 hours", "less than six hours" and "almost immediately" with each window in words', () => {
    expect(detectTimescaleDisagreement([threeHours, sixHours, immediately], tellingName)).toEqual({
      kind: 'timescale-disagreement',
      claimIds: ['report-3h', 'npr-6h', 'clinic-now'],
      detail:
        'The tellings give different times. The news article: "within 3 hours" (up to 3 hours); the forum thread: "less than six hours" (up to 6 hours); the clinic blog: "almost immediately" (no number).',
    });
  });

  it('names each telling once, its numbered times with their windows and its words with no number together', () => {
    const quickly = member('The drug acts quickly.', { id: 'report-quick', sourceId: 'report' });
    const rapidly = member('Relief comes rapidly and almost immediately.', { id: 'clinic-rapid', sourceId: 'clinic' });
    const detail = detectTimescaleDisagreement([threeHours, quickly, immediately, rapidly, sixHours], tellingName)!.detail;
    expect(detail).toBe(
      'The tellings give different times. The news article: "within 3 hours" (up to 3 hours), "quickly" (no number); the clinic blog: "almost immediately", "rapidly" (no number); the forum thread: "less than six hours" (up to 6 hours).',
    );
  });

  it('does not flag tellings that give the same window, nor one that gives none', () => {
    const again = member('Behaviour improved within 3 hours.', { id: 'npr-3h', sourceId: 'npr' });
    const none = member('Behaviour improved.', { id: 'clinic-none', sourceId: 'clinic' });
    expect(detectTimescaleDisagreement([threeHours, again, none], tellingName)).toBeNull();
  });

  it('does not set a time in mice against a time in people, and leaves the people out of a flag the mice raise', () => {
    const mice = member('Spine restoration was correlated with behaviour 2 to 7 days after treatment.', { id: 'npr-mice', sourceId: 'npr' });
    const people = member('Patients had antidepressant effects lasting three to seven days.', { id: 'report-people', sourceId: 'report', species: 'human' });
    expect(detectTimescaleDisagreement([mice, people], tellingName)).toBeNull();
    const flag = detectTimescaleDisagreement([threeHours, sixHours, member('Patients felt better within a day.', { id: 'clinic-people', sourceId: 'clinic', species: 'human' })], tellingName)!;
    expect(flag.claimIds).toEqual(['report-3h', 'npr-6h']);
    expect(flag.detail).not.toContain('clinic');
  });

  it('does not let a claim of no population set mice beside people', () => {
    const mice = member('Spine restoration was correlated with behaviour 2 to 7 days after treatment.', { id: 'npr-mice', sourceId: 'npr' });
    const people = member('Patients had antidepressant effects lasting three to seven days.', { id: 'report-people', sourceId: 'report', species: 'human' });
    const general = member('Ketamine works for 5 days.', { id: 'clinic-general', sourceId: 'clinic', species: 'none', speciesBasis: 'none' });
    expect(detectTimescaleDisagreement([mice, people, general], tellingName)).toBeNull();
    expect(detectNumberChange([mice, people, general], tellingName)).toBeNull();
  });

  it('still sets a claim of no population against a time in mice', () => {
    const general = member('Ketamine relieves depression within a day.', { id: 'clinic-general', sourceId: 'clinic', species: 'none', speciesBasis: 'none' });
    expect(detectTimescaleDisagreement([threeHours, general], tellingName)!.claimIds).toEqual(['report-3h', 'clinic-general']);
  });
});

describe('detectNumberChange', () => {
  it('flags 3 hours becoming six hours', () => {
    expect(detectNumberChange([threeHours, sixHours, immediately], tellingName)).toEqual({
      kind: 'number-changed',
      claimIds: ['report-3h', 'npr-6h'],
      detail: 'The number changes between tellings: "3 hours" in the news article and "six hours" in the forum thread.',
    });
  });

  it('does not flag "12 hours" against "between 12 and 24 hours": the second refines the first', () => {
    const twelve = member("It wasn't until 12 hours after treatment that spines formed.", { id: 'npr-12', sourceId: 'npr' });
    const range = member('New spines formed between 12 and 24 hours after the treatment.', { id: 'report-12-24', sourceId: 'report' });
    expect(detectNumberChange([twelve, range], tellingName)).toBeNull();
  });

  it('does not call "2 to 7 days" in mice and "three to seven days" in people a changed number: they are two results', () => {
    const mice = member('Spine restoration was correlated with behaviour 2 to 7 days after treatment.', { id: 'npr-mice', sourceId: 'npr' });
    const people = member('Patients had antidepressant effects lasting three to seven days.', { id: 'report-people', sourceId: 'report', species: 'human' });
    expect(detectNumberChange([mice, people], tellingName)).toBeNull();
    expect(detectNumberChange([mice, member('The mice were better three to seven days after treatment.', { id: 'report-mice', sourceId: 'report' })], tellingName)!.claimIds).toEqual(['npr-mice', 'report-mice']);
  });
});

describe('detectHedgeDrift', () => {
  const abstract = member('Effects on behavior preceded spine formation, indicating that spines were not required.', {
    id: 'abstract',
    sourceId: 'npr',
    speaker: 'abstract',
    hedge: { level: 'hedged', cues: [{ text: 'indicating that', start: 0, end: 15, level: 'hedged' }] },
  });
  const asserted = member('Behaviour recovered before the spines did.', { id: 'report-asserted', sourceId: 'report' });

  it("flags a finding hedged in the paper's abstract and stated as fact in a news story", () => {
    expect(detectHedgeDrift([abstract, asserted], tellingName)).toEqual({
      kind: 'hedge-drift',
      claimIds: ['abstract', 'report-asserted'],
      detail: 'The paper\'s abstract hedges it ("indicating that"); the news article states it as fact.',
    });
  });

  it('names each telling once, with how many of its sentences word it each way, and joins tellings worded alike', () => {
    const plain = (id: string, sourceId: string) => member('Behaviour came back first.', { id, sourceId });
    const possible = member('Behaviour could come back first.', { id: 'report-could', sourceId: 'report', hedge: { level: 'speculative', cues: [{ text: 'could', start: 10, end: 15, level: 'speculative' }] } });
    expect(detectHedgeDrift([abstract, plain('report-1', 'report'), plain('report-2', 'report'), possible, plain('clinic-1', 'clinic'), plain('npr-1', 'npr')], tellingName)?.detail).toBe(
      'The paper\'s abstract hedges it ("indicating that"); the news article states it as fact in 2 sentences and offers it as a possibility ("could"); the clinic blog and the forum thread state it as fact.',
    );
  });

  it('says "each" when tellings worded alike count their sentences', () => {
    const plain = (id: string, sourceId: string) => member('Behaviour came back first.', { id, sourceId });
    expect(detectHedgeDrift([abstract, plain('report-1', 'report'), plain('report-2', 'report'), plain('clinic-1', 'clinic'), plain('clinic-2', 'clinic')], tellingName)?.detail).toBe(
      'The paper\'s abstract hedges it ("indicating that"); the news article and the clinic blog each state it as fact in 2 sentences.',
    );
  });

  it('says "state" of a telling that holds several papers\' abstracts', () => {
    const several = (telling: string) => (telling === 'npr/abstract' ? 'the abstracts of two papers (quoted in the forum thread)' : tellingName(telling));
    expect(detectHedgeDrift([abstract, asserted], several)?.detail).toBe('The abstracts of two papers (quoted in the forum thread) hedge it ("indicating that"); the news article states it as fact.');
  });

  it('flags the reverse: asserted in the abstract, offered as a possibility in the story', () => {
    const firm = member('Spine formation sustains remission.', { id: 'abstract-firm', sourceId: 'npr', speaker: 'abstract' });
    const soft = member('Spines could sustain remission.', { id: 'report-soft', sourceId: 'report', hedge: { level: 'speculative', cues: [] } });
    expect(detectHedgeDrift([firm, soft], tellingName)?.detail).toBe("The paper's abstract states it as fact; the news article offers it as a possibility.");
  });

  it('does not hold a method or an open question to the hedges of the study\'s results', () => {
    const method = member('Next, the scientists gave the animals a dose of ketamine.', { id: 'report-method', sourceId: 'report', kind: 'method' });
    const unknown = member('How long the effect lasts is not known.', { id: 'clinic-open', sourceId: 'clinic', kind: 'open-question' });
    expect(detectHedgeDrift([abstract, method, unknown], tellingName)).toBeNull();
    expect(detectHedgeDrift([abstract, method, asserted], tellingName)?.claimIds).toEqual(['abstract', 'report-asserted']);
  });

  it("flags nothing when the abstract is in the group only with its aim, which is not its wording of the result", () => {
    const text = 'Ketamine relieves symptoms rapidly, a chance to test whether the mechanisms differ.';
    const aim = member(text, { id: 'abstract-aim', sourceId: 'npr', speaker: 'abstract', kind: 'interpretation', hedge: { level: 'speculative', cues: [{ text: 'whether', start: text.indexOf('whether'), end: text.indexOf('whether') + 7, level: 'speculative' }] } });
    const hedged = member('Ketamine may relieve symptoms rapidly.', { id: 'clinic-hedged', sourceId: 'clinic', hedge: { level: 'hedged', cues: [] } });
    const plain = member('Ketamine relieves symptoms rapidly.', { id: 'report-plain', sourceId: 'report' });
    expect(detectHedgeDrift([aim, hedged, plain], tellingName)).toBeNull();
    // Without the aim, the two news tellings are compared with each other.
    expect(detectHedgeDrift([hedged, plain], tellingName)?.claimIds).toEqual(['clinic-hedged', 'report-plain']);
  });

  it('measures against the most hedged telling when no abstract is in the group', () => {
    const hedged = member('Ketamine seems to work in two steps.', { id: 'clinic-hedged', sourceId: 'clinic', hedge: { level: 'hedged', cues: [] } });
    expect(studyWording([asserted, hedged])).toMatchObject({ level: 'hedged', fromAbstract: false });
    expect(detectHedgeDrift([asserted, hedged], tellingName)?.claimIds).toEqual(['report-asserted', 'clinic-hedged']);
  });

  it('does not flag tellings worded alike', () => {
    expect(detectHedgeDrift([threeHours, sixHours], tellingName)).toBeNull();
  });

  it('holds a general statement that joined a study’s tellings to the other general statements, not to the study', () => {
    const generalHedged = member('There has been research to suggest that ketamine creates new pathways.', {
      id: 'clinic-general',
      sourceId: 'clinic',
      study: null,
      hedge: { level: 'hedged', cues: [] },
    });
    expect(detectHedgeDrift([asserted, threeHours, generalHedged], tellingName)).toBeNull();
    const generalAsserted = member('Ketamine creates new pathways.', { id: 'npr-general', sourceId: 'npr', study: null });
    expect(detectHedgeDrift([asserted, generalHedged, generalAsserted], tellingName)?.claimIds).toEqual(['clinic-general', 'npr-general']);
  });
});

describe('detectSpeciesOmission', () => {
  it('flags a telling that never says mice against one that does', () => {
    const unnamed = member('Ketamine makes young neurons more active.', { id: 'knowridge', sourceId: 'clinic', speciesBasis: 'study' });
    expect(detectSpeciesOmission([threeHours, unnamed], tellingName, speciesName)).toEqual({
      kind: 'species-omitted',
      claimIds: ['knowridge'],
      detail: 'The clinic blog does not say who was studied; the news article says mice.',
    });
  });

  it('does not count a claim that names no population at all as leaving the species out', () => {
    const general = member('Ketamine relieves depression within hours.', { id: 'general', sourceId: 'clinic', species: 'none', speciesBasis: 'none' });
    expect(detectSpeciesOmission([threeHours, general], tellingName, speciesName)).toBeNull();
  });

  it('counts a species named in the passage around a claim as stated', () => {
    expect(detectSpeciesOmission([threeHours, immediately], tellingName, speciesName)).toBeNull();
  });

  it('does not call a telling silent when another of its claims in the group names the species', () => {
    const unnamedInReport = member('Behaviour recovered within hours.', { id: 'report-unnamed', sourceId: 'report', speciesBasis: 'study' });
    const unnamed = member('Ketamine makes young neurons more active.', { id: 'knowridge', sourceId: 'clinic', speciesBasis: 'study' });
    expect(detectSpeciesOmission([threeHours, sixHours, unnamedInReport], tellingName, speciesName)).toBeNull();
    expect(detectSpeciesOmission([threeHours, sixHours, unnamedInReport, unnamed], tellingName, speciesName)).toEqual({
      kind: 'species-omitted',
      claimIds: ['knowridge'],
      detail: 'The clinic blog does not say who was studied; the news article and the forum thread say mice.',
    });
  });

  it('does not hold a telling silent on a mouse study to people named in a clinical trial that shares the group', () => {
    const trial = member('In clinical trials, patients improved within hours.', { id: 'trial', sourceId: 'report', species: 'human', speciesBasis: 'sentence', study: 'a-trial' });
    const unnamed = member('Ketamine makes young neurons more active.', { id: 'knowridge', sourceId: 'clinic', speciesBasis: 'study', study: 'a-mouse-study' });
    expect(detectSpeciesOmission([trial, unnamed], tellingName, speciesName)).toBeNull();
    const namedMice = member('In mice, young neurons grew more active.', { id: 'mice', sourceId: 'npr', speciesBasis: 'sentence', study: 'a-mouse-study' });
    expect(detectSpeciesOmission([trial, unnamed, namedMice], tellingName, speciesName)).toEqual({
      kind: 'species-omitted',
      claimIds: ['knowridge'],
      detail: 'The clinic blog does not say who was studied; the forum thread says mice.',
    });
  });
});

describe('detectFlags', () => {
  it('lists times, numbers, certainty and species, in that order', () => {
    const unnamed = member('It improved almost immediately.', { id: 'unnamed', sourceId: 'clinic', speciesBasis: 'study', hedge: { level: 'hedged', cues: [] } });
    expect(detectFlags([threeHours, sixHours, unnamed], tellingName, speciesName).map((flag) => flag.kind)).toEqual([
      'timescale-disagreement',
      'number-changed',
      'hedge-drift',
      'species-omitted',
    ]);
  });
});
