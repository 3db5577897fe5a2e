import type { Claim } from '../schemas/claim.ts';
import type { FindingGroup, MoreCertainClaim, SpinCheck } from '../schemas/finding.ts';
import { certaintyRank, comparedMembers, studyWording } from './detect-hedge-drift.ts';
import type { FlagMember } from './flag-member.ts';
import { tellingOf } from './telling-of.ts';
import { groupBy } from '../pipeline/group-by.ts';

/**
 * The "spin check" of each source: of its claims in groups, which are worded more firmly than
 * the study's own wording of the same finding, its abstract's sentences in the group
 * (src/findings/detect-hedge-drift.ts studyWording), among the group's
 * tellings of the same study (a study that one telling alone reports has nothing to be more
 * certain than; a claim of no study is not checked, nor a method or an open question, which no
 * study hedges), and which of its
 * claims that report a study leave out who was studied (leavesSpeciesOut). A group that
 * holds no sentence of the study's abstract compares nothing here: its most cautious telling
 * is a news story's choice, not the study's wording, and calling a firmer story "more certain
 * than the study" would put words in the paper's mouth (the hedge-drift flag still shows how
 * the tellings differ).
 *
 * Species omission is counted over every claim that reports a study, not only grouped ones: a
 * study that one source alone reports (the Knowridge article's Northwestern mouse study) forms
 * no group, since there is no second telling to compare, yet its readers are still not told
 * the work was in mice. A claim in two groups can be more certain in each; it is listed once
 * per group.
 */
export function checkSpin(sourceIds: readonly string[], claims: readonly Claim[], groups: readonly FindingGroup[]): SpinCheck[] {
  const claimsById = new Map(claims.map((claim) => [claim.id, claim]));
  const memberOf = (claim: Claim): FlagMember => ({ claim, telling: tellingOf(claim), text: claim.text, timescales: claim.timescales });

  const moreCertain: MoreCertainClaim[] = [];
  const grouped = new Set<string>();
  for (const group of groups) {
    const members = group.claimIds.flatMap((id) => {
      const claim = claimsById.get(id);
      return claim === undefined ? [] : [memberOf(claim)];
    });
    members.forEach((member) => grouped.add(member.claim.id));
    // Each claim is held to its own study's wording: a group may also hold general facts and
    // tellings of other studies, whose hedges say nothing of how firmly this study put it.
    // Methods, open questions and aims are not held to the study's hedges (comparedMembers).
    for (const [study, tellings] of groupBy(members, (member) => member.claim.study)) {
      if (study === null) continue;
      const ofStudy = comparedMembers(tellings);
      if (ofStudy.length === 0) continue;
      const reference = studyWording(ofStudy);
      if (!reference.fromAbstract) continue;
      const referenceTellings = new Set(reference.members.map((member) => member.telling));
      for (const member of ofStudy) {
        if (referenceTellings.has(member.telling) || certaintyRank(member.claim.hedge.level) >= certaintyRank(reference.level)) continue;
        moreCertain.push({
          claimId: member.claim.id,
          groupId: group.id,
          hedgeLevel: member.claim.hedge.level,
          studyHedgeLevel: reference.level,
          studyClaimIds: reference.members.map((wording) => wording.claim.id),
        });
      }
    }
  }

  // Bucketed by source first: filtering every claim once per source grew with the square of
  // the corpus (15 s of the findings at 2,000 sources).
  const claimsOfSource = groupBy(claims, (claim) => claim.sourceId);
  const moreCertainOfSource = groupBy(moreCertain, (entry) => claimsById.get(entry.claimId)?.sourceId ?? '');
  const inPlace = (a: Claim, b: Claim) => a.span.start - b.span.start;
  return [...sourceIds].sort().map((sourceId) => {
    const own = [...(claimsOfSource.get(sourceId) ?? [])].sort(inPlace);
    const studyClaims = own.filter((claim) => claim.study !== null && claim.kind !== 'commentary');
    const position = new Map(own.map((claim, index) => [claim.id, index]));
    return {
      sourceId,
      studyClaimIds: studyClaims.map((claim) => claim.id),
      groupedClaimIds: own.filter((claim) => grouped.has(claim.id)).map((claim) => claim.id),
      moreCertain: [...(moreCertainOfSource.get(sourceId) ?? [])].sort((a, b) => position.get(a.claimId)! - position.get(b.claimId)! || a.groupId.localeCompare(b.groupId)),
      speciesOmittedClaimIds: studyClaims.filter(leavesSpeciesOut).map((claim) => claim.id),
    };
  });
}

/**
 * Whether a claim about a study leaves out who was studied: its source never says (speciesBasis
 * `study`: only the study's record does), or it is a headline that does not say it itself. A
 * headline is read alone, in a feed or a list of results, before the passage that names the
 * mice ("Ketamine May Relieve Depression By Repairing Damaged Brain Circuits"), so the passage
 * around it does not count for it. A claim of no population (`none`) hides nothing.
 */
export function leavesSpeciesOut(claim: Pick<Claim, 'kind' | 'species' | 'speciesBasis'>): boolean {
  if (claim.species === 'none') return false;
  return claim.speciesBasis === 'study' || (claim.kind === 'headline' && claim.speciesBasis !== 'sentence');
}
