import type { FindingFlag } from '../schemas/finding.ts';
import { claimIdsOf, listNames, populationComparer, sentence, type FlagMember, type TellingName } from './flag-member.ts';
import { readNumbers, type StatedNumber } from './read-numbers.ts';

/**
 * Flags a group in which two tellings count the same thing with different numbers: "3 hours"
 * in one, "six hours" in another. A telling that adds a number the other lacks ("12 hours"
 * against "between 12 and 24 hours") refines rather than changes it, so the numbers of one
 * telling must be neither all in, nor all around, the other's; and the two must report the same
 * population (populationComparer).
 */
export function detectNumberChange(members: readonly FlagMember[], tellingName: TellingName): FindingFlag | null {
  const stated = members.map((member) => ({ member, numbers: readNumbers(member.text) }));
  const samePopulation = populationComparer(stated.filter((entry) => entry.numbers.length > 0).map((entry) => entry.member));
  const units = [...new Set(stated.flatMap((entry) => entry.numbers.map((number) => number.unit)))];
  const changed = new Set<FlagMember>();
  const phrases: string[] = [];
  for (const unit of units) {
    const counting = stated
      .map((entry) => ({ member: entry.member, numbers: entry.numbers.filter((number) => number.unit === unit) }))
      .filter((entry) => entry.numbers.length > 0);
    const involved = counting.filter((first) =>
      counting.some((second) => first.member.telling !== second.member.telling && samePopulation(first.member, second.member) && !nested(valuesOf(first.numbers), valuesOf(second.numbers))),
    );
    for (const entry of involved) {
      changed.add(entry.member);
      phrases.push(`${entry.numbers.map((number) => `"${number.text}"`).join(' and ')} in ${tellingName(entry.member.telling)}`);
    }
  }
  if (changed.size === 0) return null;
  return {
    kind: 'number-changed',
    claimIds: claimIdsOf(members.filter((member) => changed.has(member))),
    detail: sentence(`the number changes between tellings: ${listNames(phrases)}.`),
  };
}

function valuesOf(numbers: readonly StatedNumber[]): Set<number> {
  return new Set(numbers.map((number) => number.value));
}

/** Whether one set of numbers holds the other. */
function nested(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return [...a].every((value) => b.has(value)) || [...b].every((value) => a.has(value));
}
