import type { Claim } from '../schemas/claim.ts';
import { PhaseSchema, type Phase, type Species } from '../schemas/vocabulary.ts';

/** Whom a claim's evidence comes from, as the species page and the timeline colour it. */
export type Population = 'animal' | 'human' | 'other';

/** The species that count as animal evidence. */
export const animalSpecies: readonly Species[] = ['mouse', 'rat', 'animal'];

/** Animal, human, or other: cells, mixed evidence, or no population named at all. */
export function populationOf(species: Species): Population {
  if (species === 'human') return 'human';
  return animalSpecies.includes(species) ? 'animal' : 'other';
}

/** The phases a claim's times fall in, each once, in the order of the phases; `none` when it gives no time. */
export function phasesOf(claim: Pick<Claim, 'timescales'>): (Phase | 'none')[] {
  const named = new Set(claim.timescales.map((timescale) => timescale.phase));
  return named.size === 0 ? ['none'] : PhaseSchema.options.filter((phase) => named.has(phase));
}

/** One phase of the species page: its animal and its human claims, in the order given. */
export interface PhaseRow {
  phase: Phase | 'none';
  animal: Claim[];
  human: Claim[];
}

/**
 * The species page's rows, one per phase that has animal or human claims, the phases in order
 * and claims with no time last. A claim stands in every phase its times name: "within hours,
 * lasting three to seven days" is evidence on hours and on days, as the search's phase filter
 * finds it under either.
 */
export function phaseRows(claims: readonly Claim[]): PhaseRow[] {
  return [...PhaseSchema.options, 'none' as const]
    .map((phase) => {
      const inPhase = claims.filter((claim) => phasesOf(claim).includes(phase));
      return {
        phase,
        animal: inPhase.filter((claim) => populationOf(claim.species) === 'animal'),
        human: inPhase.filter((claim) => populationOf(claim.species) === 'human'),
      };
    })
    .filter((row) => row.animal.length + row.human.length > 0);
}
