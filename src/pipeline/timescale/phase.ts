import { PhaseSchema, type Phase } from '../../schemas/vocabulary.ts';

/** The longest time after a dose that is still the `hours` phase (CLAIMS.md section 3). */
export const HOURS_PHASE_MAX = 24;
/** The longest time after a dose that is still the `days` phase: 13 days. */
export const DAYS_PHASE_MAX = 13 * 24;

/**
 * The phase of numeric bounds in hours (CLAIMS.md section 3): the lower bound if it is above
 * zero, else the upper bound; up to 24 h is `hours`, up to 13 days `days`, beyond `weeks`.
 * Null when neither bound says anything (both open, or 0 with no upper bound).
 */
export function phaseOf(fromHours: number | null, toHours: number | null): Phase | null {
  const reference = fromHours !== null && fromHours > 0 ? fromHours : toHours;
  if (reference === null) return null;
  if (reference <= HOURS_PHASE_MAX) return 'hours';
  if (reference <= DAYS_PHASE_MAX) return 'days';
  return 'weeks';
}

/** The earliest of some phases, in the order hours, days, weeks, long-term. */
export function earliestPhase(phases: readonly Phase[]): Phase | null {
  let earliest: Phase | null = null;
  for (const phase of phases) {
    if (earliest === null || PhaseSchema.options.indexOf(phase) < PhaseSchema.options.indexOf(earliest)) {
      earliest = phase;
    }
  }
  return earliest;
}
