import type { Timescale } from '../schemas/claim.ts';
import type { Species } from '../schemas/vocabulary.ts';
import { relateTimescales } from './compare-timescales.ts';
import { causesConflict, type Cause } from './cause-of.ts';
import { directionsConflict, type Direction } from './direction-of.ts';
import type { Pace } from './pace-of.ts';
import { isGeneral, relateSpecies, statedSpecies, type ComparableStatement } from './score-pair.ts';

/**
 * What a group must know of its members to tell whether a statement, or another group, could
 * join it without a veto (src/findings/score-pair.ts `vetoOf`) between any two members: their
 * claims, the one study they report, the species their texts name, their lists of times, the
 * paces they stress, the causes of their changes and which way those go.
 * Two summaries conflict exactly when some member of one vetoes some member of the other, so
 * the grouping never has to score the pairs that share no word to know they may not meet.
 */
export interface VetoSummary {
  claimIds: ReadonlySet<string>;
  /** The primary study its members report, other than as a general fact; null if none does. */
  study: string | null;
  species: ReadonlySet<Species>;
  /** Each member's list of times, once per distinct list; members with no time are left out. */
  timescales: readonly (readonly Timescale[])[];
  /** The paces its members stress (src/findings/pace-of.ts). */
  paces: ReadonlySet<Pace>;
  /** The causes its members name (src/findings/cause-of.ts). */
  causes: ReadonlySet<Cause>;
  /** The directions of its members' changes (src/findings/direction-of.ts). */
  directions: ReadonlySet<Direction>;
}

/** The summary of one statement. */
export function vetoSummaryOf(statement: ComparableStatement): VetoSummary {
  const species = statedSpecies(statement.claim);
  return {
    claimIds: new Set([statement.claim.id]),
    study: isGeneral(statement.claim) ? null : statement.claim.study,
    species: new Set(species === null ? [] : [species]),
    timescales: statement.timescales.length === 0 ? [] : [statement.timescales],
    paces: new Set(statement.pace === null ? [] : [statement.pace]),
    causes: new Set(statement.cause === null ? [] : [statement.cause]),
    directions: new Set(statement.direction === null ? [] : [statement.direction]),
  };
}

/** The summary of two groups together. */
export function combineVetoSummaries(a: VetoSummary, b: VetoSummary): VetoSummary {
  const keys = new Set(a.timescales.map(timesKey));
  return {
    claimIds: new Set([...a.claimIds, ...b.claimIds]),
    study: a.study ?? b.study,
    species: new Set([...a.species, ...b.species]),
    timescales: [...a.timescales, ...b.timescales.filter((times) => !keys.has(timesKey(times)))],
    paces: new Set([...a.paces, ...b.paces]),
    causes: new Set([...a.causes, ...b.causes]),
    directions: new Set([...a.directions, ...b.directions]),
  };
}

/** Whether some member of one group vetoes some member of the other. */
export function vetoSummariesConflict(a: VetoSummary, b: VetoSummary): boolean {
  const [small, large] = a.claimIds.size <= b.claimIds.size ? [a.claimIds, b.claimIds] : [b.claimIds, a.claimIds];
  for (const id of small) if (large.has(id)) return true;
  if (a.study !== null && b.study !== null && a.study !== b.study) return true;
  for (const first of a.species) for (const second of b.species) if (relateSpecies(first, second) === null) return true;
  for (const first of a.paces) for (const second of b.paces) if (first !== second) return true;
  for (const first of a.causes) for (const second of b.causes) if (causesConflict(first, second)) return true;
  for (const first of a.directions) for (const second of b.directions) if (directionsConflict(first, second)) return true;
  for (const first of a.timescales) for (const second of b.timescales) if (relateTimescales(first, second) === 'conflict') return true;
  return false;
}

function timesKey(times: readonly Timescale[]): string {
  return times.map((timescale) => `${timescale.fromHours}-${timescale.toHours}-${timescale.phase}`).join(';');
}
