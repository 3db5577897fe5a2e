import type { FindingFlag } from '../schemas/finding.ts';
import { isNumbered } from './compare-timescales.ts';
import { claimIdsOf, listNames, sentence, type FlagMember, type TellingName } from './flag-member.ts';
import { formatWindow } from './format-hours.ts';

/**
 * Flags a group whose tellings give different times for its finding: different windows
 * ("within 3 hours" is up to 3 hours, "less than six hours" up to 6), or a number in one and
 * none in another ("almost immediately"). A telling that gives no time does not disagree.
 */
export function detectTimescaleDisagreement(members: readonly FlagMember[], tellingName: TellingName): FindingFlag | null {
  const timed = members.filter((member) => member.timescales.length > 0).map((member) => ({ member, key: windowsOf(member) }));
  const disagree = timed.some((first) => timed.some((second) => first.member.telling !== second.member.telling && first.key !== second.key));
  if (!disagree) return null;
  const parts = timed.map(({ member, key }) => `${member.timescales.map((timescale) => `"${timescale.text}"`).join(' and ')} (${key}) in ${tellingName(member.telling)}`);
  return {
    kind: 'timescale-disagreement',
    claimIds: claimIdsOf(timed.map(({ member }) => member)),
    detail: sentence(`the tellings give different times: ${listNames(parts)}.`),
  };
}

/** A member's times as windows in words, "no number" for a time with none. */
function windowsOf(member: FlagMember): string {
  return member.timescales.map((timescale) => (isNumbered(timescale) ? formatWindow(timescale.fromHours, timescale.toHours) : 'no number')).join('; ');
}
