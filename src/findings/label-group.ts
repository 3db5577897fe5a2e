import { compilePhrases } from '../pipeline/lexicon.ts';
import { anaphorPattern, labelOpenerEntries } from './findings-lexicons.ts';
import type { Statement } from './split-statements.ts';

/** The longest label, in characters; a longer statement is cut at a word boundary before it. */
export const LABEL_LENGTH = 110;

/** A group's label: a member statement's own words, and which member they are. */
export interface GroupLabel {
  /** The words, cleaned and shortened ("Stressed-out mice lost a lot of synapses"). */
  text: string;
  /** The index, in the members given, of the statement the words come from. */
  member: number;
}

const openers = compilePhrases(labelOpenerEntries);

/**
 * Labels a group with its clearest member's own words, so a reader sees the finding as a
 * source put it rather than a list of words. The clearest member is the most central one
 * (the highest mean score with the other members, `centrality`), counted down when it cannot
 * stand alone: when it points back at the sentence before ("This helps ..."), is a headline
 * (title case, several findings at once), is a quote with its attribution ("..., Liston
 * says") or reported speech that names its speaker ("Dr. John Kessler ... said this is
 * exciting news"), or is a fragment: a part of a sentence that does not open it ("or how to
 * maintain ...") or one under six words ("With ketamine's antidepressant effects"). Ties go to
 * the shorter text, then to the earlier member. Its words lose a leading connective ("And sure
 * enough,", "In other words,"), a dateline ("DENVER—"), a closing attribution (", she says"),
 * quotation marks and the final full stop,
 * and are cut at a word boundary with an ellipsis if longer than LABEL_LENGTH.
 */
export function labelGroup(members: readonly Statement[], centrality: readonly number[], taken: ReadonlySet<string> = new Set()): GroupLabel {
  const clarity = members.map((member, index) => {
    anaphorPattern.lastIndex = 0;
    const pointsBack = anaphorPattern.test(member.text);
    const quoted = member.claim.speaker !== 'journalist' && /["“”]/u.test(member.text);
    // Reported speech that names its speaker ("Dr. John Kessler, one of the lead researchers, said ...") tells who as much as what.
    const surname = member.claim.speaker.split(/\s+/u).at(-1) ?? '';
    const attributed = /^\p{Lu}/u.test(surname) && new RegExp(`(?<!\\p{L})${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?!\\p{L})`, 'u').test(member.text);
    // A part that does not open its sentence ("or how to maintain ..."), or too short to say a
    // finding on its own ("With ketamine's antidepressant effects", the tail of a longer sentence).
    const fragment = /^\s*\p{Ll}/u.test(member.text) || member.text.trim().split(/\s+/u).length < 6;
    const penalty = (pointsBack ? 0.5 : 1) * (member.claim.kind === 'headline' ? 0.6 : 1) * (quoted || attributed ? 0.8 : 1) * (fragment ? 0.8 : 1);
    return { index, value: (centrality[index] ?? 0) * penalty, length: member.text.length };
  });
  const ranked = clarity.sort((a, b) => b.value - a.value || a.length - b.length || a.index - b.index);
  // Two groups may share their clearest member; a label names one group, so the later takes its next clearest.
  const free = ranked.find((candidate) => !taken.has(cleanLabel(members[candidate.index]!.text))) ?? ranked[0]!;
  const text = cleanLabel(members[free.index]!.text);
  return { text: taken.has(text) ? uniqueLabel(text, taken) : text, member: free.index };
}

/** A taken label told apart by a number: "… (2)". */
function uniqueLabel(text: string, taken: ReadonlySet<string>): string {
  for (let number = 2; ; number += 1) if (!taken.has(`${text} (${number})`)) return `${text} (${number})`;
}

/** A statement's words as a label: no leading connective or quotes, no final full stop, at most LABEL_LENGTH characters. */
export function cleanLabel(text: string): string {
  let label = text.replace(/["“”]/gu, '').replace(/\s+/gu, ' ').trim();
  for (;;) {
    openers.lastIndex = 0;
    const opening = openers.exec(label);
    if (opening === null || opening.index !== 0 || opening[0].length >= label.length) break;
    label = label.slice(opening[0].length).replace(/^[\s,;:–—-]+/u, '');
  }
  // A dateline ("DENVER—") and a closing attribution (", she says") say where and who, not what.
  label = label.replace(/^\p{Lu}{3,}(?:[ ,]+\p{Lu}[\p{L}.]*)*\s*[—–]\s*/u, '');
  label = label.replace(/,\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:he|she|they|\p{Lu}[\p{L}'’-]*)\s+(?:says|said|explains|explained|adds|added|notes|noted)[\s.]*$/u, '');
  label = label.replace(/[\s,;:.]+$/u, '');
  if (label.length > LABEL_LENGTH) {
    const cut = label.slice(0, LABEL_LENGTH + 1);
    const boundary = cut.lastIndexOf(' ');
    label = `${(boundary > LABEL_LENGTH / 2 ? cut.slice(0, boundary) : cut.slice(0, LABEL_LENGTH)).replace(/[\s,;:–—-]+$/u, '')}…`;
  }
  return label.charAt(0).toUpperCase() + label.slice(1);
}
