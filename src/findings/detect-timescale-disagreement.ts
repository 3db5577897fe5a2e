import type { FindingFlag } from '../schemas/finding.ts';
import { isNumbered } from './compare-timescales.ts';
import { claimIdsOf, populationComparer, sentence, type FlagMember, type TellingName } from './flag-member.ts';
import { formatWindow } from './format-hours.ts';

/**
 * Flags a group whose tellings give different times for its finding: different windows
 * ("within 3 hours" is up to 3 hours, "less than six hours" up to 6), or a number in one and
 * none in another ("almost immediately"). A telling that gives no time does not disagree, nor
 * one about another population (populationComparer): the flag names only the tellings that differ
 * from another of the same population.
 */
export function detectTimescaleDisagreement(members: readonly FlagMember[], tellingName: TellingName): FindingFlag | null {
  const timed = members.filter((member) => member.timescales.length > 0).map((member) => ({ member, key: windowsOf(member) }));
  const samePopulation = populationComparer(timed.map(({ member }) => member));
  const involved = timed.filter((first) => timed.some((second) => first.member.telling !== second.member.telling && first.key !== second.key && samePopulation(first.member, second.member)));
  if (involved.length === 0) return null;
  return {
    kind: 'timescale-disagreement',
    claimIds: claimIdsOf(involved.map(({ member }) => member)),
    detail: `The tellings give different times. ${sentence(tellingTimes(involved.map(({ member }) => member), tellingName).join('; '))}.`,
  };
}

/**
 * Each telling's times, once each (whatever their case), in the order the group first gives
 * them: its numbered times first, each beside its window, then its words with no number
 * together ("the clinic blog: "rapidly", "quickly" (no number)"), so a group of thirty tellings
 * reads as one line per outlet, not one per sentence.
 */
function tellingTimes(members: readonly FlagMember[], tellingName: TellingName): string[] {
  const byTelling = new Map<string, { numbered: Map<string, string>; unnumbered: Map<string, string> }>();
  for (const member of members) {
    let times = byTelling.get(member.telling);
    if (times === undefined) byTelling.set(member.telling, (times = { numbered: new Map(), unnumbered: new Map() }));
    for (const timescale of member.timescales) {
      const key = timescale.text.toLowerCase();
      if (isNumbered(timescale)) {
        if (!times.numbered.has(key)) times.numbered.set(key, `"${timescale.text}" (${formatWindow(timescale.fromHours, timescale.toHours)})`);
      } else if (!times.unnumbered.has(key)) times.unnumbered.set(key, `"${timescale.text}"`);
    }
  }
  return [...byTelling].map(([telling, { numbered, unnumbered }]) => {
    const phrases = [...numbered.values()];
    if (unnumbered.size > 0) phrases.push(`${[...unnumbered.values()].join(', ')} (no number)`);
    return `${tellingName(telling)}: ${phrases.join(', ')}`;
  });
}

/** A member's times as windows in words, "no number" for a time with none. */
function windowsOf(member: FlagMember): string {
  return member.timescales.map((timescale) => (isNumbered(timescale) ? formatWindow(timescale.fromHours, timescale.toHours) : 'no number')).join('; ');
}
