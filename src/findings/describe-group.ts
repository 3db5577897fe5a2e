import { phaseOf } from '../pipeline/timescale/phase.ts';
import type { MatchedOn, MatchedTimescale } from '../schemas/finding.ts';
import type { Species } from '../schemas/vocabulary.ts';
import { isNumbered, windowOf } from './compare-timescales.ts';
import { foldWord } from './content-words.ts';
import { formatWindow } from './format-hours.ts';
import { isGeneral, type ComparableStatement } from './score-pair.ts';
import { stemWord } from './stem-word.ts';

/** The words a description uses for things the data holds as ids. */
export interface Naming {
  /** Topic ids in glossary order, with the term readers see. */
  topicTerms: ReadonlyMap<string, string>;
  /** A study's short label ("Moda-Sava et al. 2019"), by id. */
  studyLabel: (studyId: string) => string;
  /** A species as the "matched on" line says it ("mice"). */
  speciesName: (species: Species) => string;
}

/** How many topics and content words the "matched on" line shows at most. */
const LINE_ITEMS = 4;

/**
 * Why a group's members were matched, from what its tellings share: the content words and topics
 * that two or more tellings use, the species and study they agree on, and the time window they
 * share, and the same in one line for readers ("dendritic spines, new, formation, 12 to 24
 * hours, mice, Moda-Sava et al. 2019"): the shared topics' terms, then the strongest shared
 * words the terms do not already say (a word's weight times the members that use it), four at
 * most, then the time, species and study. (The
 * group's label is a member's own words: src/findings/label-group.ts.)
 */
export function describeGroup(members: readonly ComparableStatement[], weightOf: (key: string) => number, naming: Naming): MatchedOn {
  const tellingsWith = (has: (member: ComparableStatement) => boolean) => new Set(members.filter(has).map((member) => member.telling)).size;
  // A word counts by its weight times the members that use it: what it did to match the group as
  // a whole. A rare word two of forty members share ("before") explains less than "spines" in thirty.
  const using = new Map<string, number>();
  for (const member of members) for (const key of member.keys) using.set(key, (using.get(key) ?? 0) + 1);
  const strength = (key: string) => weightOf(key) * (using.get(key) ?? 0);
  const sharedKeys = [...new Set(members.flatMap((member) => member.words.map((word) => word.key)))]
    .filter((key) => tellingsWith((member) => member.keys.has(key)) >= 2)
    .sort((a, b) => strength(b) - strength(a) || surfaceOf(members, a).localeCompare(surfaceOf(members, b)));
  const topics = [...naming.topicTerms.keys()].filter((topic) => tellingsWith((member) => member.topicSet.has(topic)) >= 2);

  const namedSpecies = [...new Set(members.map((member) => member.claim.species).filter((species) => species !== 'none'))];
  const species = namedSpecies.length === 1 ? namedSpecies[0]! : null;
  // The primary study the group reports: general facts and earlier work told beside it do not count.
  const specific = [...new Set(members.filter((member) => !isGeneral(member.claim)).map((member) => member.claim.study))];
  const studies = specific.length > 0 ? specific : [...new Set(members.map((member) => member.claim.study))];
  const study = studies.length === 1 ? studies[0]! : null;
  const timescale = sharedTimescale(members);

  const items = lineItems(topics, sharedKeys, members, naming);
  const line = [
    ...items,
    ...(timescale === null ? [] : [timescale.text]),
    ...(species === null ? [] : [naming.speciesName(species)]),
    ...(study === null ? [] : [naming.studyLabel(study)]),
  ];
  return {
    contentWords: sharedKeys.map((key) => surfaceOf(members, key)),
    topics,
    species,
    timescale,
    study,
    text: line.length > 0 ? line.join(', ') : 'the same kind of claim',
  };
}

function lineItems(topics: readonly string[], sharedKeys: readonly string[], members: readonly ComparableStatement[], naming: Naming): string[] {
  const terms = topics.slice(0, 2).map((topic) => (naming.topicTerms.get(topic) ?? topic).toLowerCase());
  const termStems = new Set(terms.flatMap((term) => term.split(/[\s-]+/u).map((word) => stemWord(foldWord(word)))));
  const termKeys = new Set(members.flatMap((member) => member.words.filter((word) => termStems.has(stemWord(word.word))).map((word) => word.key)));
  const words = sharedKeys.filter((key) => !termKeys.has(key)).map((key) => surfaceOf(members, key));
  return [...terms, ...words].slice(0, LINE_ITEMS);
}

/** The word most members use for a key; ties go to the alphabetically first. */
export function surfaceOf(members: readonly ComparableStatement[], key: string): string {
  const counts = new Map<string, number>();
  for (const member of members) {
    for (const word of member.words) if (word.key === key) counts.set(word.word, (counts.get(word.word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? key;
}

/**
 * The time window the members share: the overlap of their numbered windows if two or more
 * tellings give numbers and the windows overlap, else the phase every member with a time
 * shares; null when fewer than two tellings give a time, or they agree on none.
 */
export function sharedTimescale(members: readonly Pick<ComparableStatement, 'telling' | 'timescales'>[]): MatchedTimescale | null {
  const timed = members.filter((member) => member.timescales.length > 0);
  if (new Set(timed.map((member) => member.telling)).size < 2) return null;

  const numbered = timed.flatMap((member) => member.timescales.filter(isNumbered).map((timescale) => ({ telling: member.telling, timescale })));
  if (new Set(numbered.map((entry) => entry.telling)).size >= 2) {
    const from = Math.max(...numbered.map((entry) => windowOf(entry.timescale).from));
    const to = Math.min(...numbered.map((entry) => windowOf(entry.timescale).to));
    if (from <= to) {
      const toHours = Number.isFinite(to) ? to : null;
      const phase = phaseOf(from, toHours) ?? numbered[0]!.timescale.phase;
      return { fromHours: from, toHours, phase, text: formatWindow(from, toHours) };
    }
  }
  const phases = timed.map((member) => new Set(member.timescales.map((timescale) => timescale.phase)));
  const phase = [...phases[0]!].find((candidate) => phases.every((set) => set.has(candidate)));
  return phase === undefined ? null : { fromHours: null, toHours: null, phase, text: phase === 'long-term' ? 'the long term' : phase };
}
