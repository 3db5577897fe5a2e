import type { ClaimKind, Species, SpeciesBasis } from '../schemas/vocabulary.ts';
import { compilePhrases, findAll, loadLexicon } from './lexicon.ts';

type MentionSpecies = Exclude<Species, 'mixed' | 'none'> | 'animal-anaphor';

/** A word or phrase in a unit that names whose biology the evidence comes from. */
export interface SpeciesMention {
  species: MentionSpecies;
  text: string;
  start: number;
  end: number;
}

const lexicon = loadLexicon('species').map((line) => {
  const [species, ...phrase] = line.split(/\s+/);
  return { species: species as MentionSpecies, phrase: phrase.join(' ') };
});
const patterns = [...new Set(lexicon.map((entry) => entry.species))].map((species) => ({
  species,
  pattern: compilePhrases(lexicon.filter((entry) => entry.species === species).map((entry) => entry.phrase)),
}));

// "mice, not humans", "rather than people": a negated population is not the evidence's.
const NEGATED_BEFORE = /(?:\bnot|\bnor|\brather than|\binstead of|\bunlike)\s+(?:in\s+)?(?:the\s+)?$/iu;
// "Translating these findings to humans", "treatments for people", "approved ... for adults":
// the hoped-for or licensed population, not the one studied.
const TARGET_ONLY_BEFORE =
  /(?:\b(?:translat|appl|extend|generaliz)\w*\b[^.;]{0,40}\bto|\bapprov\w*\b[^.;]{0,90}\bfor|\btreatments?\s+for|\bhelp|\b(?:reliev(?:e|ing)|treat(?:ing)?|cur(?:e|ing)|help(?:ing)?)\s+(?:\S+\s+){0,2}in)\s+(?:the\s+)?(?:human\s+)?$/iu;

/** Every species mention in a text, in order, leaving out negated and target-only mentions. */
export function detectSpeciesMentions(text: string): SpeciesMention[] {
  const mentions: SpeciesMention[] = [];
  for (const { species, pattern } of patterns) {
    for (const match of findAll(pattern, text)) {
      // Wide enough for an apposition between the approval and its population ("approved
      // esketamine, a nasal spray derived from ketamine, for adults").
      const before = text.slice(Math.max(0, match.start - 110), match.start);
      if (NEGATED_BEFORE.test(before) || TARGET_ONLY_BEFORE.test(before)) continue;
      mentions.push({ species, ...match });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Longer phrases win over the shorter ones they contain ("mouse models" over "mouse").
  return mentions.filter((mention, index) => !mentions.some((other, otherIndex) => otherIndex !== index && other.start <= mention.start && other.end >= mention.end && other.end - other.start > mention.end - mention.start));
}

/**
 * The species a set of mentions names: one population, `mixed` when they name several, null
 * when none. Anaphors ("the animals", "the rodents") take the species of the study in context
 * when that is an animal, else `animal`.
 */
export function speciesOfMentions(mentions: readonly SpeciesMention[], contextSpecies: Species | null): Species | null {
  const named = new Set<Species>();
  for (const mention of mentions) {
    if (mention.species === 'animal-anaphor') {
      named.add(contextSpecies === 'mouse' || contextSpecies === 'rat' || contextSpecies === 'animal' ? contextSpecies : 'animal');
    } else {
      named.add(mention.species);
    }
  }
  // "Animal studies" beside "mice" is the same evidence named twice.
  if (named.has('animal') && (named.has('mouse') || named.has('rat'))) named.delete('animal');
  if (named.size === 0) return null;
  if (named.size === 1) return [...named][0]!;
  return 'mixed';
}

/** The kinds of claim that report a study's own evidence and so inherit its population; an open question is about the field, not the study's subjects. */
const STUDY_KINDS: ReadonlySet<ClaimKind> = new Set(['finding', 'method', 'interpretation', 'headline']);

/** What `assignSpecies` needs to know about each claim, in reading order. */
export interface SpeciesInput {
  text: string;
  kind: ClaimKind;
  /** The study the claim reports, if any, and that study's population from the source's metadata. */
  study: string | null;
  studyPopulation: Species | null;
}

/**
 * Species and its basis for each claim (CLAIMS.md section 2): named in the unit (`sentence`);
 * else, for a claim about a study, the species that the nearest claim about the same study
 * names in this source (`context`: the document does say it, nearby); else the study's
 * population from metadata (`study`: the document never says it, and the site warns); else
 * none. Commentary has none: it reports no evidence.
 */
export function assignSpecies(claims: readonly SpeciesInput[]): { species: Species; speciesBasis: SpeciesBasis }[] {
  const named = claims.map((claim) =>
    claim.kind === 'commentary' ? null : speciesOfMentions(detectSpeciesMentions(claim.text), claim.studyPopulation),
  );
  return claims.map((claim, index) => {
    if (claim.kind === 'commentary') return { species: 'none', speciesBasis: 'none' };
    const own = named[index];
    if (own) return { species: own, speciesBasis: 'sentence' };
    if (!STUDY_KINDS.has(claim.kind) || claim.study === null) return { species: 'none', speciesBasis: 'none' };
    const nearest = nearestNamed(index);
    if (nearest) return { species: nearest, speciesBasis: 'context' };
    if (claim.studyPopulation && claim.studyPopulation !== 'none') return { species: claim.studyPopulation, speciesBasis: 'study' };
    return { species: 'none', speciesBasis: 'none' };
  });

  /**
   * The species named by the closest claim (earlier first at equal distance) that reports the
   * same study. Cells named beside a study of animals or people are a side experiment in a dish,
   * not the population of the claims around it.
   */
  function nearestNamed(index: number): Species | null {
    const { study, studyPopulation } = claims[index]!;
    for (let distance = 1; distance < claims.length; distance++) {
      for (const other of [index - distance, index + distance]) {
        const candidate = claims[other];
        const species = named[other];
        if (species === 'cells' && studyPopulation !== null && studyPopulation !== 'cells' && studyPopulation !== 'none') continue;
        if (candidate && species && candidate.study === study && STUDY_KINDS.has(candidate.kind)) return species;
      }
    }
    return null;
  }
}

const ANIMALS: ReadonlySet<Species> = new Set(['mouse', 'rat', 'animal']);
/** Kinds of claim that report evidence: what was found, what was done, and what it is read to mean. */
const EVIDENCE_KINDS: ReadonlySet<ClaimKind> = new Set(['finding', 'method', 'interpretation']);

/**
 * Whether a claim of `kind` that names the population `named` can report a study of
 * `population`. A result, method or reading that names animals only cannot report a study of
 * people: "Animal studies suggest that ketamine almost immediately spurs the growth of new
 * dendritic spines", in a news story about a study of eleven men, reports earlier work, not that
 * study. A result or method that names people only cannot report a study of animals either, but
 * a reading may carry an animal result over to people ("If the same holds in people, HNK might
 * ..."), and an open question or a headline may name the population a study is hoped to reach.
 * Claims that name nothing, cells or several populations, and studies of cells or of several
 * (a review), can report any.
 */
export function canReportStudyOf(kind: ClaimKind, named: Species | null, population: Species | null): boolean {
  if (!EVIDENCE_KINDS.has(kind) || named === null || population === null) return true;
  if (ANIMALS.has(named) && population === 'human') return false;
  if (named === 'human' && ANIMALS.has(population)) return kind === 'interpretation';
  return true;
}
