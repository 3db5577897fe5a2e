import type { Hedge } from '../schemas/claim.ts';
import type { FindingFlag } from '../schemas/finding.ts';
import { HedgeLevelSchema, type ClaimKind, type HedgeLevel } from '../schemas/vocabulary.ts';
import { claimIdsOf, listNames, sentence, type FlagMember, type TellingName } from './flag-member.ts';

/** How certain a level is: 0 for asserted, the most certain. */
export function certaintyRank(level: HedgeLevel): number {
  return HedgeLevelSchema.options.indexOf(level);
}

/**
 * Whether a claim words a result, so that its certainty can be compared with the study's: a
 * finding, what it means, a headline, or something stated as known. A study does not hedge
 * what its researchers did ("the scientists gave the animals a dose of ketamine") nor what
 * nobody knows yet, so a method stated plainly beside a hedged result is no overstatement.
 * Commentary reports no evidence at all (the findings never group it; this says so for any
 * caller). Nor is a sentence whose only hedge is the question it sets out to answer ("... to
 * test whether mechanisms that induce antidepressant effects acutely are distinct from those
 * that sustain them"): "whether" rightly makes it speculative (CLAIMS.md, BioScope), but it
 * states the study's aim, not how firmly the study holds a result, and holding every news
 * story to it counted plain reports of the results as overstatements.
 */
export function wordsAResult(claim: { kind: ClaimKind; hedge: Hedge }): boolean {
  if (claim.kind === 'method' || claim.kind === 'open-question' || claim.kind === 'commentary') return false;
  return !(claim.hedge.cues.length > 0 && claim.hedge.cues.every((cue) => QUESTION_CUES.has(cue.text.toLowerCase().replace(/\s+/gu, ' '))));
}

/** Hedge cues that open an embedded question (src/pipeline's hedge cues, content/lexicons/hedge-cues.txt). */
const QUESTION_CUES = new Set(['whether', 'whether or not']);

/** How one telling, or several, word a finding, in a sentence. */
const LEVEL_PHRASES: Readonly<Record<HedgeLevel, readonly [string, string]>> = {
  asserted: ['states it as fact', 'state it as fact'],
  hedged: ['hedges it', 'hedge it'],
  speculative: ['offers it as a possibility', 'offer it as a possibility'],
};

/** The study's own wording of a finding, which the other tellings are measured against. */
export interface StudyWording {
  level: HedgeLevel;
  /** The members that word it so. */
  members: FlagMember[];
  /** Whether it is the paper's abstract; otherwise it is the most hedged telling in the group. */
  fromAbstract: boolean;
}

/**
 * The study's own wording of a group's finding: its abstract's, at the most certain level the
 * abstract commits to, or, with no abstract in the group, the most hedged telling's, the
 * most caution any teller saw fit to keep.
 */
export function studyWording(members: readonly FlagMember[]): StudyWording {
  const abstract = members.filter((member) => member.claim.speaker === 'abstract');
  const pool = abstract.length > 0 ? abstract : members;
  const ranks = pool.map((member) => certaintyRank(member.claim.hedge.level));
  const rank = abstract.length > 0 ? Math.min(...ranks) : Math.max(...ranks);
  const level = HedgeLevelSchema.options[rank]!;
  return { level, members: pool.filter((member) => member.claim.hedge.level === level), fromAbstract: abstract.length > 0 };
}

/**
 * Flags a group whose tellings word its finding with different certainty: hedged in the paper's
 * abstract and stated as fact in a news story or headline, or the reverse; with no abstract in
 * the group, any telling firmer than the most hedged one. Members of the reference telling
 * that word it otherwise are that telling's own business, not drift. The tellings of a study
 * are held to that study's wording only: a general statement that joined them ("There has been
 * research done to suggest ...") reports no study, so it is compared with the group's other
 * general statements, as the studies' spin check does (src/findings/check-spin.ts). Only members
 * that word a result are compared (wordsAResult).
 */
export function detectHedgeDrift(members: readonly FlagMember[], tellingName: TellingName): FindingFlag | null {
  const byStudy = new Map<string | null, FlagMember[]>();
  for (const member of members.filter((candidate) => wordsAResult(candidate.claim))) {
    const part = byStudy.get(member.claim.study);
    if (part === undefined) byStudy.set(member.claim.study, [member]);
    else part.push(member);
  }
  const flags = [...byStudy.values()].flatMap((part) => driftWithin(part, tellingName) ?? []);
  if (flags.length <= 1) return flags[0] ?? null;
  return { kind: 'hedge-drift', claimIds: flags.flatMap((flag) => flag.claimIds), detail: flags.map((flag) => flag.detail).join(' ') };
}

/** Hedge drift among tellings of one study, or among general statements. */
function driftWithin(members: readonly FlagMember[], tellingName: TellingName): FindingFlag | null {
  const reference = studyWording(members);
  const referenceTellings = new Set(reference.members.map((member) => member.telling));
  const drifted = members.filter((member) => !referenceTellings.has(member.telling) && member.claim.hedge.level !== reference.level);
  if (drifted.length === 0) return null;

  const cues = (list: readonly FlagMember[]) => [...new Set(list.flatMap((member) => member.claim.hedge.cues.map((cue) => `"${cue.text}"`)))];
  const describe = (list: readonly FlagMember[], level: HedgeLevel) => {
    const found = cues(list);
    const names = [...new Set(list.map((member) => tellingName(member.telling)))];
    return `${listNames(names)} ${LEVEL_PHRASES[level][names.length === 1 ? 0 : 1]}${found.length > 0 ? ` (${listNames(found)})` : ''}`;
  };
  const others = HedgeLevelSchema.options
    .map((level) => drifted.filter((member) => member.claim.hedge.level === level))
    .filter((list) => list.length > 0)
    .map((list) => describe(list, list[0]!.claim.hedge.level));
  return {
    kind: 'hedge-drift',
    claimIds: claimIdsOf(members.filter((member) => reference.members.includes(member) || drifted.includes(member))),
    detail: sentence(`${describe(reference.members, reference.level)}; ${others.join('; ')}.`),
  };
}
