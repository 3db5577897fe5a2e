import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { defaultFindingsContext } from '../../../src/findings/build-findings-export.ts';
import { findFindings, tellingNamer } from '../../../src/findings/find-findings.ts';
import { makeGroupId } from '../../../src/findings/make-group-id.ts';
import { isGeneral } from '../../../src/findings/score-pair.ts';
import { voiceOf } from '../../../src/findings/telling-of.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = loadCorpus(root);
const sources = corpus.map((entry) => entry.source);
const claims = corpus.flatMap((entry) => entry.claims);
const result = findFindings(claims, sources, defaultFindingsContext);
const { groups } = result;

/** The id of the one claim whose text starts so. */
function idOf(opening: string): string {
  const found = claims.filter((claim) => claim.text.startsWith(opening));
  if (found.length !== 1) throw new Error(`${found.length} claims open with "${opening}"`);
  return found[0]!.id;
}

/** The times a timing flag gives for one telling ("the news article: ..."), or '' if it names none. */
function timesIn(detail: string, telling: string): string {
  const parts = detail.replace(/^The tellings give different times\. /u, '').replace(/\.$/u, '').split('; ');
  const part = parts.find((candidate) => candidate.toLowerCase().startsWith(`${telling}: `));
  return part === undefined ? '' : part.slice(telling.length + 2);
}

describe('findings on the seeds', () => {
  /** The group that holds every one of these claims and passes `test`. */
  function groupWhere(openings: string[], test: (group: (typeof groups)[number]) => boolean = () => true) {
    const ids = openings.map(idOf);
    const group = groups.find((candidate) => ids.every((id) => candidate.claimIds.includes(id)) && test(candidate));
    if (group === undefined) throw new Error(`no group holds all of: ${openings.join(' | ')}`);
    return group;
  }

  it('groups "within 3 hours", "less than six hours" and "almost immediately", and flags the times and the number', () => {
    const group = groupWhere(['Mice that received ketamine, they explain', 'After the mice got ketamine, it took less than six hours', 'The first happens almost immediately'], (candidate) =>
      candidate.flags.some((flag) => flag.kind === 'number-changed'),
    );
    expect(group.sourceIds).toEqual(expect.arrayContaining(['clinic-blog-repairing-brain-circuits', 'forum-thread-npr-repairing-brain-circuits', 'ketamine-spines-mouse-study-report']));
    expect(group.flags.map((flag) => flag.kind)).toEqual(expect.arrayContaining(['timescale-disagreement', 'number-changed']));
    const times = group.flags.find((flag) => flag.kind === 'timescale-disagreement')!;
    expect(timesIn(times.detail, 'the news article')).toContain('"within 3 hours" (up to 3 hours)');
    expect(timesIn(times.detail, 'the forum thread')).toContain('"less than six hours" (up to 6 hours)');
    expect(timesIn(times.detail, 'the clinic blog')).toMatch(/"almost immediately"[^;]*\(no number\)/u);
    const numbers = group.flags.find((flag) => flag.kind === 'number-changed')!.detail;
    expect(numbers).toContain('"six hours" in the forum thread');
    expect(numbers).toContain('"3 hours" in the news article');
  });

  it('matches the 3-hour telling on its first clause only: the group holds that part of the report\'s sentence', () => {
    const group = groupWhere(['Mice that received ketamine, they explain', 'After the mice got ketamine, it took less than six hours']);
    const member = group.members.find((candidate) => candidate.claimId === idOf('Mice that received ketamine, they explain'))!;
    expect(member.textRange).toEqual({ start: 0, end: 101 });
  });

  it('groups "12 hours", "between 12 and 24 hours" and "over 12 hours" on 12 to 24 hours, and flags the times but no changed number', () => {
    const group = groupWhere(["\"It wasn't until 12 hours after ketamine treatment", 'Mice that received ketamine, they explain', 'The second phase was not apparent until over 12 hours'], (candidate) =>
      candidate.matchedOn.timescale?.fromHours === 12,
    );
    expect(group.matchedOn.timescale).toEqual({ fromHours: 12, toHours: 24, phase: 'hours', text: '12 to 24 hours' });
    expect(group.matchedOn.species).toBe('mouse');
    expect(group.matchedOn.study).toBe('moda-sava-2019');
    expect(group.matchedOn.text).toContain('12 to 24 hours, mice, Moda-Sava et al. 2019');
    const times = group.flags.find((flag) => flag.kind === 'timescale-disagreement')!;
    expect(timesIn(times.detail, 'the forum thread')).toContain('"wasn\'t until 12 hours after" (12 hours or more)');
    expect(timesIn(times.detail, 'the news article')).toContain('"between 12 and 24 hours after" (12 to 24 hours)');
    expect(times.detail).toContain('"not apparent until over 12 hours after"');
    expect(group.flags.map((flag) => flag.kind)).not.toContain('number-changed');
  });

  it('never puts the 6-hour and the 12-hour findings in one group', () => {
    const sixHours = idOf('After the mice got ketamine, it took less than six hours');
    const twelveHours = idOf("\"It wasn't until 12 hours after ketamine treatment");
    expect(groups.filter((group) => group.claimIds.includes(sixHours) && group.claimIds.includes(twelveHours))).toEqual([]);
  });

  it('keeps the slow effect ("which takes time") apart from the fast one ("spreads quickly")', () => {
    const slow = idOf('But ketamine also helps make more teenagers, which takes time');
    const fast = idOf('When ketamine makes them send more messages');
    expect(groups.filter((group) => group.claimIds.includes(slow) && group.claimIds.includes(fast))).toEqual([]);
  });

  it('reads "in this time period" at the time of the sentence before: the fast moment, kept apart from "hours later"', () => {
    const stopped = idOf('The mice also stopped acting depressed in this time period');
    const later = idOf('Then, hours later, it begins to restore faulty connections');
    expect(groups.filter((group) => group.claimIds.includes(stopped) && group.claimIds.includes(later))).toEqual([]);
  });

  it('groups the two headlines and flags their drift from "A Theory" to "May"', () => {
    const group = groupWhere(['Repairing Damaged Brain Circuits: A Theory', 'Ketamine May Relieve Depression By Repairing']);
    const drift = group.flags.find((flag) => flag.kind === 'hedge-drift')!;
    expect(drift.claimIds).toEqual(expect.arrayContaining([idOf('Repairing Damaged Brain Circuits: A Theory'), idOf('Ketamine May Relieve Depression By Repairing')]));
    expect(drift.detail).toContain('"A Theory"');
    expect(drift.detail).toContain('"May"');
  });

  it('groups the "two-step process" tellings, and labels each group with the words of a member', () => {
    groupWhere(['When visualizing the brain cells in stressed mice', 'The research suggests that ketamine triggers a two-step process']);
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    for (const group of groups) {
      expect(group.claimIds).toContain(group.labelClaimId);
      const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/u).filter(Boolean);
      expect(words(byId.get(group.labelClaimId)!.text).join(' ')).toContain(words(group.label.replace(/ \(\d+\)$/u, '').replace(/…$/u, '')).join(' '));
    }
  });

  it('gives every group a label of its own', () => {
    expect(new Set(groups.map((group) => group.label)).size).toBe(groups.length);
  });

  it("groups the Knowridge article's tellings, and still counts every one of its study claims as silent on the mice", () => {
    expect(groups.some((group) => group.sourceIds.includes('knowridge-ketamine-quickly-and-over-time'))).toBe(true);
    const knowridge = claims.filter((claim) => claim.sourceId === 'knowridge-ketamine-quickly-and-over-time' && claim.study !== null && claim.kind !== 'commentary');
    expect(knowridge.length).toBeGreaterThan(0);
    expect(knowridge.every((claim) => claim.speciesBasis === 'study')).toBe(true);
  });

  it('never groups commentary; every group has two voices and reports at most one primary study', () => {
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    for (const group of groups) {
      const members = group.claimIds.map((id) => byId.get(id)!);
      expect(members.filter((claim) => claim.kind === 'commentary')).toEqual([]);
      expect(new Set(members.map(voiceOf)).size).toBeGreaterThanOrEqual(2);
      expect(new Set(members.filter((claim) => !isGeneral(claim)).map((claim) => claim.study)).size).toBeLessThanOrEqual(1);
    }
  });

  it('gives the same groups whatever order the claims come in', () => {
    expect(findFindings([...claims].reverse(), [...sources].reverse(), defaultFindingsContext).groups).toEqual(groups);
  });

  it('orders each group\'s claims by source, then position', () => {
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    for (const group of groups) {
      const ordered = [...group.claimIds].sort((a, b) => byId.get(a)!.sourceId.localeCompare(byId.get(b)!.sourceId) || byId.get(a)!.span.start - byId.get(b)!.span.start);
      expect(group.claimIds).toEqual(ordered);
    }
  });

  it('finds the same groups through the word index as by scoring every pair', () => {
    const exhaustive = findFindings(claims, sources, defaultFindingsContext, 'exhaustive');
    expect(exhaustive.groups).toEqual(groups);
    expect(result.scoredPairs).toBeLessThan(exhaustive.scoredPairs);
  });
});

describe('makeGroupId', () => {
  it('derives an id from the members, whatever their order', () => {
    expect(makeGroupId(['b', 'a'])).toBe(makeGroupId(['a', 'b']));
    expect(makeGroupId(['a', 'b'])).toMatch(/^finding-[0-9a-f]{10}$/u);
    expect(makeGroupId(['a', 'c'])).not.toBe(makeGroupId(['a', 'b']));
  });
});

describe('tellingNamer', () => {
  it('names a source by its outlet or kind, and an abstract quoted inside it by its paper, or by how many papers', () => {
    const name = tellingNamer(sources);
    expect(name('knowridge-ketamine-quickly-and-over-time/story')).toBe('Knowridge Science Report');
    expect(name('clinic-blog-repairing-brain-circuits/story')).toBe('the clinic blog');
    expect(name('forum-thread-npr-repairing-brain-circuits/abstract')).toBe('the abstract of Moda-Sava et al. 2019 (quoted in the forum thread)');
    // Two reviews' abstracts below one news page are one telling: it cannot name a single paper.
    expect(name('news-page-ketamine-brain-hierarchies/abstract')).toBe('the abstracts of two papers (quoted in Live Science (reposted))');
    // A source that declares no abstract section says only what it is.
    expect(name('clinic-blog-repairing-brain-circuits/abstract')).toBe("the paper's abstract (quoted in the clinic blog)");
  });
});
