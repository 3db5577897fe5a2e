import type { Claim } from '../schemas/claim.ts';
import type { FindingFlag } from '../schemas/finding.ts';
import { HedgeLevelSchema, type HedgeLevel } from '../schemas/vocabulary.ts';
import { claimIdsOf, listNames, namesMany, sentence, type FlagMember, type TellingName } from './flag-member.ts';
import { aimCues, type AimCues } from './findings-lexicons.ts';

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
 * caller). Nor does a sentence whose only hedge is the question it sets out to answer
 * (statesAnAim).
 */
export function wordsAResult(claim: Pick<Claim, 'kind' | 'hedge' | 'text' | 'span'>): boolean {
  if (claim.kind === 'method' || claim.kind === 'open-question' || claim.kind === 'commentary') return false;
  return !statesAnAim(claim);
}

/**
 * Whether every hedge cue of a claim opens a question a study sets out to answer ("... and to
 * test whether mechanisms ... are distinct": content/lexicons/findings-aims.txt): its hedge
 * then says what the study asked, not how firmly it holds a result, and holding every news
 * story to it counted plain reports of the results as overstatements.
 */
export function statesAnAim(claim: Pick<Claim, 'hedge' | 'text' | 'span'>, aims: AimCues = aimCues): boolean {
  if (claim.hedge.cues.length === 0) return false;
  return claim.hedge.cues.every((cue) => {
    // Cues stand where they are in the source, as the claim's span does.
    const at = cue.start - claim.span.start;
    const found = claim.text.slice(at, at + cue.text.length);
    return at >= 0 && found.toLowerCase() === cue.text.toLowerCase() && aims.cues.has(found.toLowerCase().replace(/\s+/gu, ' ')) && aims.verbBefore.test(claim.text.slice(0, at));
  });
}

/**
 * The members of one study's tellings (or of the general statements) whose certainty is
 * compared: those that word a result (wordsAResult); none when the study's abstract is in the
 * group only with its aim, since the paper's own wording of the finding is then missing, and
 * the most cautious news telling would stand in for it.
 */
export function comparedMembers(members: readonly FlagMember[]): FlagMember[] {
  const results = members.filter((member) => wordsAResult(member.claim));
  const abstractOnlyAsAim =
    !results.some((member) => member.claim.speaker === 'abstract') && members.some((member) => member.claim.speaker === 'abstract' && statesAnAim(member.claim));
  return abstractOnlyAsAim ? [] : results;
}

/** How a telling words a finding, in a sentence: singular, then plural, as its name needs. */
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
 * that word a result are compared (comparedMembers).
 */
export function detectHedgeDrift(members: readonly FlagMember[], tellingName: TellingName): FindingFlag | null {
  const byStudy = new Map<string | null, FlagMember[]>();
  for (const member of members) {
    const part = byStudy.get(member.claim.study);
    if (part === undefined) byStudy.set(member.claim.study, [member]);
    else part.push(member);
  }
  const flags = [...byStudy.values()].flatMap((part) => {
    const compared = comparedMembers(part);
    return compared.length === 0 ? [] : (driftWithin(compared, tellingName) ?? []);
  });
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
  // One clause per telling: each level it words the finding at, with its cues and, when more
  // than one of its sentences does, how many. A telling of thirty sentences hedges some and
  // states others, and naming it once per level read as if one sentence said both. Tellings
  // that word it alike share a clause ("the forum thread and Live Science state it as fact").
  const predicate = (list: readonly FlagMember[], plural: boolean) =>
    listNames(
      HedgeLevelSchema.options
        .map((level) => list.filter((member) => member.claim.hedge.level === level))
        .filter((atLevel) => atLevel.length > 0)
        .map((atLevel) => {
          const found = cues(atLevel);
          const sentences = new Set(atLevel.map((member) => member.claim.id)).size;
          return `${LEVEL_PHRASES[atLevel[0]!.claim.hedge.level][plural ? 1 : 0]}${sentences > 1 ? ` in ${sentences} sentences` : ''}${found.length > 0 ? ` (${listNames(found)})` : ''}`;
        }),
    );
  const clauses = (list: readonly FlagMember[]) => {
    const byTelling = new Map<string, FlagMember[]>();
    for (const member of list) byTelling.set(member.telling, [...(byTelling.get(member.telling) ?? []), member]);
    const alike = new Map<string, { names: string[]; members: FlagMember[] }>();
    for (const [telling, ofTelling] of byTelling) {
      const key = predicate(ofTelling, false);
      const entry = alike.get(key);
      if (entry === undefined) alike.set(key, { names: [tellingName(telling)], members: [...ofTelling] });
      else entry.names.push(tellingName(telling));
    }
    // Sentence counts are each telling's own: "the news article and Live Science each state it as fact in 2 sentences".
    return [...alike.values()].map(({ names, members: some }) => {
      const said = predicate(some, names.length > 1 || namesMany(names[0]!));
      return `${listNames(names)} ${names.length > 1 && / in \d+ sentences/u.test(said) ? 'each ' : ''}${said}`;
    });
  };
  return {
    kind: 'hedge-drift',
    claimIds: claimIdsOf(members.filter((member) => reference.members.includes(member) || drifted.includes(member))),
    detail: sentence(`${clauses(reference.members).join('; ')}; ${clauses(drifted).join('; ')}.`),
  };
}
