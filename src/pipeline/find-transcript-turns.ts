import type { Unit } from './split-sentences.ts';

// "**[00:01:02] GUEST:**", "HOST:", "[12:40] DANA WHITFIELD:": a speaker label opening a turn of
// a transcript, perhaps behind a timestamp and inside bold or italic markup.
const TURN_LABEL = /^[*_\s]*(?:\[?\(?\d{1,2}(?::\d{2}){1,2}\)?\]?\s*)?(\p{Lu}[\p{Lu}'’. -]*\p{Lu})\s*[*_]*:[*_]*\s/u;
const HOST_LABELS = new Set(['HOST', 'INTERVIEWER', 'PRESENTER', 'MODERATOR']);
const GUEST_LABELS = new Set(['GUEST', 'INTERVIEWEE']);

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}'’-]+`;
const TITLE = String.raw`(?:(?:Dr|Prof|Professor)\.?\s+)?`;
// How a host names themself ("I'm Dana Whitfield") and introduces a guest ("My guest today is
// Dr. Maren Okafor", "joined by ...", "..., with Dr. Maren Okafor" in an episode's title).
const SELF_INTRODUCTION = new RegExp(String.raw`\b(?:I'm|I’m|I am|[Tt]his is|[Mm]y name is)\s+${TITLE}(${NAME})`, 'u');
const GUEST_INTRODUCTION = new RegExp(String.raw`\b(?:[Mm]y guests? (?:today |this week )?(?:is|are)|[Jj]oined (?:today )?by|[Jj]oining (?:me|us) (?:today )?(?:is|are))\s+${TITLE}(${NAME})`, 'u');
const TITLE_GUEST = new RegExp(String.raw`\bwith\s+${TITLE}(${NAME})\s*$`, 'u');

/** The label a unit opens with, upper case, if it opens a transcript's turn. */
function turnLabelOf(text: string): string | null {
  return TURN_LABEL.exec(text)?.[1]?.replace(/\s+/gu, ' ') ?? null;
}

/** For each unit, the label of the turn it stands in: its own, or its paragraph's. */
function turnLabelsOf(units: readonly Pick<Unit, 'text' | 'block'>[]): (string | null)[] {
  const labels: (string | null)[] = [];
  units.forEach((unit, index) => {
    const previous = units[index - 1];
    labels.push(turnLabelOf(unit.text) ?? (previous !== undefined && previous.block === unit.block ? labels[index - 1]! : null));
  });
  return labels;
}

/** The host's and the guest's names, as the page introduces them. */
function rolesOf(units: readonly Pick<Unit, 'text' | 'unitType' | 'block'>[], labels: readonly (string | null)[]): { host: string | null; guest: string | null } {
  let host: string | null = null;
  let guest: string | null = null;
  units.forEach((unit, index) => {
    if (host === null && labels[index] !== null && HOST_LABELS.has(labels[index]!)) host = SELF_INTRODUCTION.exec(unit.text)?.[1] ?? null;
    guest ??= GUEST_INTRODUCTION.exec(unit.text)?.[1] ?? (unit.unitType === 'heading' ? (TITLE_GUEST.exec(unit.text)?.[1] ?? null) : null);
  });
  return { host, guest };
}

/**
 * For each unit of a transcript, the person whose turn it is: a turn opens with a speaker label
 * ("HOST:", "GUEST:", or a name in capitals) and runs to the end of its paragraph. A role
 * label names the person the page introduces in that role ("I'm Dana Whitfield", "My guest
 * today is Dr. Maren Okafor"); a label in capitals names the person of the page's register
 * (collectPeople) with that surname. Null outside turns, and where the page never says who.
 */
export function transcriptSpeakersOf(units: readonly Pick<Unit, 'text' | 'unitType' | 'block'>[], people: ReadonlyMap<string, string>): (string | null)[] {
  const labels = turnLabelsOf(units);
  const roles = rolesOf(units, labels);
  const speakerOf = (label: string): string | null => {
    if (HOST_LABELS.has(label)) return roles.host;
    if (GUEST_LABELS.has(label)) return roles.guest;
    const surname = label.split(' ').at(-1)!;
    const titleCase = surname.charAt(0) + surname.slice(1).toLowerCase();
    return people.get(titleCase) ?? null;
  };
  return labels.map((label) => (label === null ? null : speakerOf(label)));
}
