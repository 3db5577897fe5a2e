import type { Timescale } from '../schemas/claim.ts';
import type { Phase } from '../schemas/vocabulary.ts';

/**
 * How two tellings' times relate, from closest to furthest:
 * - `same`: numbered windows that name the same time, their anchors equal ("12 hours after",
 *   "over 12 hours after" and "between 12 and 24 hours after" all name 12 hours);
 * - `close`: numbered windows that overlap, anchors at most twice apart ("within 3 hours" and
 *   "less than six hours");
 * - `compatible`: windows that overlap but name different times ("over 12 hours" and "2 to 7
 *   days"), or the same phase with at least one vague ("almost immediately" and "within 3 hours");
 * - `conflict`: times that cannot be the same moment ("within 3 hours" and "between 12 and 24
 *   hours"; "quickly" and "in the long run");
 * - `none`: one of them gives no time, which says nothing either way.
 * A window's anchor is the time it names: its lower bound if above zero, else its upper bound,
 * as CLAIMS.md section 3 phases it.
 */
export type TimescaleRelation = 'same' | 'close' | 'compatible' | 'conflict' | 'none';

/** Relations from best to worst: two lists of times relate by their best pair. */
const ORDER: readonly Exclude<TimescaleRelation, 'none'>[] = ['same', 'close', 'compatible', 'conflict'];

/** Phases that can describe one lasting effect: "within several weeks", "in the long run", "a few days or weeks". */
const LASTING: ReadonlySet<Phase> = new Set(['days', 'weeks', 'long-term']);

/** Whether a timescale gives at least one number of hours. */
export function isNumbered(timescale: Timescale): boolean {
  return timescale.fromHours !== null || timescale.toHours !== null;
}

/** The window of a numbered timescale, open bounds made explicit. */
export function windowOf(timescale: Timescale): { from: number; to: number } {
  return { from: timescale.fromHours ?? 0, to: timescale.toHours ?? Number.POSITIVE_INFINITY };
}

/** The time a numbered window names: its lower bound if above zero, else its upper bound. */
export function anchorOf(timescale: Timescale): number | null {
  if (timescale.fromHours !== null && timescale.fromHours > 0) return timescale.fromHours;
  return timescale.toHours;
}

/** How two single timescales relate. */
export function relateTimescale(a: Timescale, b: Timescale): Exclude<TimescaleRelation, 'none'> {
  if (isNumbered(a) && isNumbered(b)) {
    const first = windowOf(a);
    const second = windowOf(b);
    if (Math.max(first.from, second.from) > Math.min(first.to, second.to)) return 'conflict';
    const anchorA = anchorOf(a);
    const anchorB = anchorOf(b);
    if (anchorA === null || anchorB === null) return 'compatible';
    if (anchorA === anchorB) return 'same';
    return Math.max(anchorA, anchorB) <= 2 * Math.min(anchorA, anchorB) ? 'close' : 'compatible';
  }
  if (a.phase === b.phase) return 'compatible';
  return LASTING.has(a.phase) && LASTING.has(b.phase) ? 'compatible' : 'conflict';
}

/** How two tellings' lists of timescales relate: the best relation of any pair wins. */
export function relateTimescales(a: readonly Timescale[], b: readonly Timescale[]): TimescaleRelation {
  if (a.length === 0 || b.length === 0) return 'none';
  let best = ORDER.length - 1;
  for (const first of a) {
    for (const second of b) best = Math.min(best, ORDER.indexOf(relateTimescale(first, second)));
  }
  return ORDER[best]!;
}
