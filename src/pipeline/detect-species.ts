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
// "Translating these findings to humans", "treatments for people": the hoped-for population,
// not the one studied.
const TARGET_ONLY_BEFORE =
  /(?:\b(?:translat|appl|extend|generaliz)\w*\b[^.;]{0,40}\bto|\btreatments?\s+for|\bhelp|\b(?:reliev(?:e|ing)|treat(?:ing)?|cur(?:e|ing)|help(?:ing)?)\s+(?:\S+\s+){0,2}in)\s+(?:the\s+)?(?:human\s+)?$/iu;

/** Every species mention in a text, in order, leaving out negated and target-only mentions. */
export function detectSpeciesMentions(text: string): SpeciesMention[] {
  const mentions: SpeciesMention[] = [];
  for (const { species, pattern } of patterns) {
    for (const match of findAll(pattern, text)) {
      const before = text.slice(Math.max(0, match.start - 60), match.start);
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

/** The kinds of claim that report a study's own evidence and so inherit its population. */
const STUDY_KINDS: ReadonlySet<ClaimKind> = new Set(['finding', 'method', 'interpretation', 'headline']);

/** How far back, in units, a species named earlier still sets the context of a claim. */
export const CONTEXT_WINDOW = 4;

/** What `assignSpecies` needs to know about each claim, in reading order. */
export interface SpeciesInput {
  text: string;
  kind: ClaimKind;
  /** The population of the study the claim reports, from the source's metadata. */
  studyPopulation: Species | null;
  /** Units in different passages (a quoted article, an abstract, a forum post) never share context. */
  passage: string;
}

/**
 * Species and its basis for each claim (CLAIMS.md section 2): named in the unit; else, for
 * claims about the study, lent by a claim about the study a few units earlier in the same
 * passage (which may itself have it from context, so an account of one experiment keeps its
 * species); else the study's population from metadata, flagged as such; else none.
 * Commentary has none: it reports no evidence.
 */
export function assignSpecies(claims: readonly SpeciesInput[]): { species: Species; speciesBasis: SpeciesBasis }[] {
  // The species each earlier claim lends its neighbours: only claims about the study do.
  const lent: (Species | null)[] = [];
  return claims.map((claim, index) => {
    const result = speciesOf(claim, index);
    lent.push(STUDY_KINDS.has(claim.kind) && (result.speciesBasis === 'sentence' || result.speciesBasis === 'context') ? result.species : null);
    return result;
  });

  function speciesOf(claim: SpeciesInput, index: number): { species: Species; speciesBasis: SpeciesBasis } {
    // Commentary reports no evidence (CLAIMS.md section 1), so it has no study population.
    if (claim.kind === 'commentary') return { species: 'none', speciesBasis: 'none' };
    const own = speciesOfMentions(detectSpeciesMentions(claim.text), claim.studyPopulation);
    if (own) return { species: own, speciesBasis: 'sentence' };
    if (!STUDY_KINDS.has(claim.kind)) return { species: 'none', speciesBasis: 'none' };
    for (let back = index - 1; back >= Math.max(0, index - CONTEXT_WINDOW); back--) {
      if (claims[back]!.passage !== claim.passage) break;
      const species = lent[back];
      if (species && species !== 'mixed') return { species, speciesBasis: 'context' };
    }
    if (claim.studyPopulation && claim.studyPopulation !== 'none') return { species: claim.studyPopulation, speciesBasis: 'study' };
    return { species: 'none', speciesBasis: 'none' };
  }
}
