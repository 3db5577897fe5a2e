import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { checkSpin } from '../../../src/findings/check-spin.ts';
import { statesAnAim } from '../../../src/findings/detect-hedge-drift.ts';
import { parseAimCues } from '../../../src/findings/findings-lexicons.ts';
import { buildFindingsExport } from '../../../src/findings/build-findings-export.ts';
import type { FindingGroup } from '../../../src/schemas/finding.ts';
import { claim } from './claims.fixture.ts';

describe('checkSpin', () => {
  const abstract = claim('Spine formation was not required, indicating that behaviour came first.', {
    id: 'abstract',
    sourceId: 'forum',
    speaker: 'abstract',
    hedge: { level: 'hedged', cues: [] },
  });
  const story = claim('Behaviour came back before the spines did.', { id: 'story', sourceId: 'report' });
  const unnamed = claim('Ketamine makes young neurons more active.', { id: 'unnamed', sourceId: 'report', speciesBasis: 'study', study: 'other-study' });
  const background = claim('Earlier work found new synapses.', { id: 'background', sourceId: 'report', kind: 'background', study: null, speciesBasis: 'none', species: 'none' });
  const group = { id: 'finding-1', claimIds: ['abstract', 'story'] } as FindingGroup;

  it("counts a story's claim that states as fact what the abstract hedges", () => {
    const [, report] = checkSpin(['forum', 'report'], [abstract, story, unnamed, background], [group]);
    expect(report!.moreCertain).toEqual([{ claimId: 'story', groupId: 'finding-1', hedgeLevel: 'asserted', studyHedgeLevel: 'hedged', studyClaimIds: ['abstract'] }]);
    expect(report!.groupedClaimIds).toEqual(['story']);
  });

  it('counts claims that never say who was studied, grouped or not, and leaves background out', () => {
    const [, report] = checkSpin(['forum', 'report'], [abstract, story, unnamed, background], [group]);
    expect(report!.studyClaimIds).toEqual(['story', 'unnamed']);
    expect(report!.speciesOmittedClaimIds).toEqual(['unnamed']);
  });

  it('counts a headline that does not name the species itself, though the passage after it does: a headline is read alone', () => {
    const headline = claim('Ketamine May Relieve Depression By Repairing Damaged Brain Circuits', { id: 'headline', sourceId: 'report', kind: 'headline', speciesBasis: 'context' });
    const namedHeadline = claim('Ketamine restores lost spines in stressed mice', { id: 'named-headline', sourceId: 'report', kind: 'headline' });
    const inContext = claim('Hours later, it begins to restore faulty connections.', { id: 'in-context', sourceId: 'report', speciesBasis: 'context' });
    const [, report] = checkSpin(['forum', 'report'], [abstract, headline, namedHeadline, inContext], [group]);
    expect(report!.speciesOmittedClaimIds).toEqual(['headline']);
  });

  it("holds a claim to its own study's wording, not to a hedged telling of another study or a general fact in the group", () => {
    const otherStudy = claim('Young neurons fire faster after ketamine.', { id: 'other', sourceId: 'knowridge', study: 'other-study' });
    const hedgedElsewhere = claim('Little is known about how ketamine works.', { id: 'general', sourceId: 'review', study: null, species: 'none', speciesBasis: 'none', hedge: { level: 'speculative', cues: [] } });
    const hedgedModa = claim('Spines may matter.', { id: 'moda', sourceId: 'npr', hedge: { level: 'speculative', cues: [] } });
    const mixed = { id: 'finding-2', claimIds: ['other', 'general', 'moda'] } as FindingGroup;
    const checks = checkSpin(['knowridge', 'npr', 'review'], [otherStudy, hedgedElsewhere, hedgedModa], [mixed]);
    expect(checks.flatMap((check) => check.moreCertain)).toEqual([]);
  });

  it("compares nothing in a group that holds no sentence of the study's abstract: a cautious news story is not the study's wording", () => {
    const cautious = claim('It seems as though behaviour came back before the spines did.', { id: 'clinic', sourceId: 'clinic', hedge: { level: 'hedged', cues: [] } });
    const noAbstract = { id: 'finding-7', claimIds: ['clinic', 'story'] } as FindingGroup;
    expect(checkSpin(['clinic', 'report'], [cautious, story], [noAbstract]).flatMap((check) => check.moreCertain)).toEqual([]);
  });

  it('does not count a method stated plainly as more certain than the study\'s hedged result', () => {
    const method = claim('The team gave the mice a dose of ketamine.', { id: 'method', sourceId: 'report', kind: 'method' });
    const withMethod = { id: 'finding-3', claimIds: ['abstract', 'story', 'method'] } as FindingGroup;
    const [, report] = checkSpin(['forum', 'report'], [abstract, story, method], [withMethod]);
    expect(report!.moreCertain.map((entry) => entry.claimId)).toEqual(['story']);
  });

  const cueAt = (text: string, cue: string, level: 'hedged' | 'speculative' = 'speculative') => ({ text: cue, start: text.indexOf(cue), end: text.indexOf(cue) + cue.length, level });
  const aimText = 'Ketamine relieves symptoms rapidly, a chance to test whether the mechanisms differ.';
  const aim = claim(aimText, { id: 'aim', sourceId: 'forum', speaker: 'abstract', kind: 'interpretation', hedge: { level: 'speculative', cues: [cueAt(aimText, 'whether')] } });

  it("compares nothing when the abstract is in the group only with its aim: the paper's wording of the finding is missing", () => {
    const hedgedStory = claim('Ketamine may relieve symptoms rapidly.', { id: 'npr', sourceId: 'npr', hedge: { level: 'hedged', cues: [] } });
    const plainStory = claim('Ketamine relieves symptoms rapidly.', { id: 'cnn', sourceId: 'cnn' });
    const group4 = { id: 'finding-5', claimIds: ['aim', 'npr', 'cnn'] } as FindingGroup;
    expect(checkSpin(['cnn', 'forum', 'npr'], [aim, hedgedStory, plainStory], [group4]).flatMap((check) => check.moreCertain)).toEqual([]);
  });

  it('reads "whether" as an aim only after a verb of finding out, in any case', () => {
    const asked = (text: string, cue: string) => statesAnAim({ text, span: { start: 0, end: text.length }, hedge: { level: 'speculative', cues: [cueAt(text, cue)] } });
    expect(asked('We asked Whether spines matter.', 'Whether')).toBe(true);
    expect(asked('They wanted to know whether the effects last.', 'whether')).toBe(true);
    expect(asked('Ketamine relieved depression in all patients, whether or not they had tried other drugs.', 'whether or not')).toBe(false);
    expect(asked('It is unclear whether spines sustain remission.', 'whether')).toBe(false);
  });

  it('reads its word list strictly: a line of an unknown part fails with the line, and no verbs means no aims', () => {
    expect(() => parseAimCues(['cue whether', 'test*'])).toThrow(/findings-aims: .*"test\*"/u);
    const noVerbs = parseAimCues(['cue whether']);
    const text = 'We asked whether spines matter.';
    const cue = { text: 'whether', start: text.indexOf('whether'), end: text.indexOf('whether') + 7, level: 'speculative' as const };
    expect(statesAnAim({ text, span: { start: 0, end: text.length }, hedge: { level: 'speculative', cues: [cue] } }, noVerbs)).toBe(false);
    expect(statesAnAim({ text, span: { start: 0, end: text.length }, hedge: { level: 'speculative', cues: [cue] } }, parseAimCues(['cue whether', 'verb ask*']))).toBe(true);
  });

  it('finds the cue where the source has it: cue offsets count from the start of the source, as the span does', () => {
    const text = 'We asked whether spines matter.';
    const at = { start: 1000, end: 1000 + text.length };
    const cue = { text: 'whether', start: 1000 + text.indexOf('whether'), end: 1000 + text.indexOf('whether') + 7, level: 'speculative' as const };
    expect(statesAnAim({ text, span: at, hedge: { level: 'speculative', cues: [cue] } })).toBe(true);
    expect(statesAnAim({ text, span: at, hedge: { level: 'speculative', cues: [{ ...cue, start: cue.start - 3 }] } })).toBe(false);
  });

  it('still holds a story to an abstract that hedges its result with "whether" among other cues', () => {
    const text = 'It is unclear whether spines sustain remission.';
    const doubted = claim(text, { id: 'doubted', sourceId: 'forum', speaker: 'abstract', hedge: { level: 'speculative', cues: [cueAt(text, 'unclear'), cueAt(text, 'whether')] } });
    const group2 = { id: 'finding-6', claimIds: ['doubted', 'story'] } as FindingGroup;
    const [, report] = checkSpin(['forum', 'report'], [doubted, story], [group2]);
    expect(report!.moreCertain).toEqual([{ claimId: 'story', groupId: 'finding-6', hedgeLevel: 'asserted', studyHedgeLevel: 'speculative', studyClaimIds: ['doubted'] }]);
  });

  it('never counts the abstract against itself', () => {
    const [forum] = checkSpin(['forum', 'report'], [abstract, story], [group]);
    expect(forum!.moreCertain).toEqual([]);
  });
});

describe('the spin check on the seeds', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const corpus = loadCorpus(root);
  const { spinChecks } = buildFindingsExport(
    corpus.map((entry) => entry.source),
    corpus.flatMap((entry) => entry.claims),
  );
  const knowridge = spinChecks.find((check) => check.sourceId === 'knowridge-ketamine-quickly-and-over-time')!;

  it('finds every Knowridge claim about its study silent on the mice it was done in, grouped or not', () => {
    expect(knowridge.speciesOmittedClaimIds).toEqual(knowridge.studyClaimIds);
    expect(knowridge.studyClaimIds).toHaveLength(20);
    expect(knowridge.groupedClaimIds.every((id) => knowridge.studyClaimIds.includes(id) || !knowridge.speciesOmittedClaimIds.includes(id))).toBe(true);
  });

  it('finds Knowridge more certain than nothing: it is the only telling of its study', () => {
    expect(knowridge.moreCertain).toEqual([]);
  });

  it('has one spin check per source, by id', () => {
    expect(spinChecks.map((check) => check.sourceId)).toEqual([...corpus.map((entry) => entry.source.id)].sort());
  });

  it("reads the abstract's rationale sentence as its aim where the pipeline put its cues (offsets in the source)", () => {
    const aims = corpus.flatMap((entry) => entry.claims).filter((claim) => claim.speaker === 'abstract' && statesAnAim(claim));
    expect(aims.length).toBeGreaterThan(0);
    for (const aim of aims) expect(aim.text).toMatch(/\b(?:test|ask|examin|determin|investigat)\w*\s+whether\b/iu);
  });
});
