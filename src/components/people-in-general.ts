import type { Claim } from '../schemas/claim.ts';
import { compilePhrases, findAll, loadLexicon } from '../pipeline/lexicon.ts';
import { animalSpecies } from './species-evidence.ts';

const PEOPLE_IN_GENERAL = compilePhrases(loadLexicon('people-in-general'));

/**
 * The words by which a claim carries an animal study's result over to people: a claim whose
 * species only its study's record gives (it never says mice) and that speaks of people in
 * general ("a person's mood"), or null. Clinicians read the species as the rung of evidence;
 * such a sentence reads as if the evidence were in people.
 */
export function carriedOverToPeople(claim: Pick<Claim, 'text' | 'species' | 'speciesBasis'>): string | null {
  if (claim.speciesBasis !== 'study' || !animalSpecies.includes(claim.species)) return null;
  return findAll(PEOPLE_IN_GENERAL, claim.text)[0]?.text ?? null;
}
