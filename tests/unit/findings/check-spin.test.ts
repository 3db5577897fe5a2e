import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { checkSpin } from '../../../src/findings/check-spin.ts';
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
    expect(report!.moreCertain).toEqual([{ claimId: 'story', groupId: 'finding-1', hedgeLevel: 'asserted', studyHedgeLevel: 'hedged' }]);
    expect(report!.groupedClaimIds).toEqual(['story']);
  });

  it('counts claims that never say who was studied, grouped or not, and leaves background out', () => {
    const [, report] = checkSpin(['forum', 'report'], [abstract, story, unnamed, background], [group]);
    expect(report!.studyClaimIds).toEqual(['story', 'unnamed']);
    expect(report!.speciesOmittedClaimIds).toEqual(['unnamed']);
  });

  it("holds a claim to its own study's wording, not to a hedged telling of another study or a general fact in the group", () => {
    const otherStudy = claim('Young neurons fire faster after ketamine.', { id: 'other', sourceId: 'knowridge', study: 'other-study' });
    const hedgedElsewhere = claim('Little is known about how ketamine works.', { id: 'general', sourceId: 'review', study: null, species: 'none', speciesBasis: 'none', hedge: { level: 'speculative', cues: [] } });
    const hedgedModa = claim('Spines may matter.', { id: 'moda', sourceId: 'npr', hedge: { level: 'speculative', cues: [] } });
    const mixed = { id: 'finding-2', claimIds: ['other', 'general', 'moda'] } as FindingGroup;
    const checks = checkSpin(['knowridge', 'npr', 'review'], [otherStudy, hedgedElsewhere, hedgedModa], [mixed]);
    expect(checks.flatMap((check) => check.moreCertain)).toEqual([]);
  });

  it('does not count a method stated plainly as more certain than the study\'s hedged result', () => {
    const method = claim('The team gave the mice a dose of ketamine.', { id: 'method', sourceId: 'report', kind: 'method' });
    const withMethod = { id: 'finding-3', claimIds: ['abstract', 'story', 'method'] } as FindingGroup;
    const [, report] = checkSpin(['forum', 'report'], [abstract, story, method], [withMethod]);
    expect(report!.moreCertain.map((entry) => entry.claimId)).toEqual(['story']);
  });

  it('does not hold a story to the question the abstract sets out to answer, only to how it words its result', () => {
    const aim = claim('Ketamine relieves symptoms rapidly, a chance to test whether the mechanisms differ.', {
      id: 'aim',
      sourceId: 'forum',
      speaker: 'abstract',
      kind: 'interpretation',
      hedge: { level: 'speculative', cues: [{ text: 'whether', start: 44, end: 51, level: 'speculative' }] },
    });
    const withAim = { id: 'finding-4', claimIds: ['aim', 'abstract', 'story'] } as FindingGroup;
    const [, report] = checkSpin(['forum', 'report'], [aim, abstract, story], [withAim]);
    expect(report!.moreCertain).toEqual([{ claimId: 'story', groupId: 'finding-4', hedgeLevel: 'asserted', studyHedgeLevel: 'hedged' }]);
    // With the aim alone from the abstract, the story is the only telling of a result: nothing to be firmer than.
    const aimOnly = { id: 'finding-5', claimIds: ['aim', 'story'] } as FindingGroup;
    expect(checkSpin(['forum', 'report'], [aim, story], [aimOnly]).flatMap((check) => check.moreCertain)).toEqual([]);
  });

  it('still holds a story to an abstract that hedges its result with "whether" among other cues', () => {
    const doubted = claim('It is unclear whether spines sustain remission.', {
      id: 'doubted',
      sourceId: 'forum',
      speaker: 'abstract',
      hedge: { level: 'speculative', cues: [{ text: 'unclear', start: 6, end: 13, level: 'speculative' }, { text: 'whether', start: 14, end: 21, level: 'speculative' }] },
    });
    const group2 = { id: 'finding-6', claimIds: ['doubted', 'story'] } as FindingGroup;
    const [, report] = checkSpin(['forum', 'report'], [doubted, story], [group2]);
    expect(report!.moreCertain).toEqual([{ claimId: 'story', groupId: 'finding-6', hedgeLevel: 'asserted', studyHedgeLevel: 'speculative' }]);
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
});
