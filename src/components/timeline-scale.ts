import type { Claim, Timescale } from '../schemas/claim.ts';

/**
 * The timeline's scale: hours after the dose on a log axis from one minute to eight weeks,
 * and the rows it draws. Pure, so the chart component only places what this computes.
 */

export const minimumHours = 1 / 60;
export const maximumHours = 8 * 7 * 24;

/** The axis ticks: round times a reader knows. */
export const ticks: { hours: number; label: string }[] = [
  { hours: 1 / 60, label: '1 min' },
  { hours: 10 / 60, label: '10 min' },
  { hours: 1, label: '1 h' },
  { hours: 6, label: '6 h' },
  { hours: 24, label: '1 day' },
  { hours: 72, label: '3 days' },
  { hours: 168, label: '1 wk' },
  { hours: 336, label: '2 wk' },
  { hours: 672, label: '4 wk' },
  { hours: 1344, label: '8 wk' },
];

/** Where the phases of CLAIMS.md section 3 begin and end, in hours. */
export const phaseBands = [
  { phase: 'hours', from: minimumHours, to: 24, label: 'Hours' },
  { phase: 'days', from: 24, to: 13 * 24, label: 'Days' },
  { phase: 'weeks', from: 13 * 24, to: maximumHours, label: 'Weeks' },
] as const;

/** The position of a time on the axis, from 0 (one minute) to 1 (eight weeks); clamped. */
export function axisPosition(hours: number): number {
  const clamped = Math.min(maximumHours, Math.max(minimumHours, hours));
  return (Math.log10(clamped) - Math.log10(minimumHours)) / (Math.log10(maximumHours) - Math.log10(minimumHours));
}

/** A time in words a reader expects: minutes, hours, days or weeks. */
export function formatHours(hours: number): string {
  const round = (value: number) => Number(value.toFixed(value < 10 ? 1 : 0)).toString();
  if (hours < 1) return `${round(hours * 60)} min`;
  if (hours < 48) return `${round(hours)} h`;
  if (hours < 14 * 24) return `${round(hours / 24)} days`;
  return `${round(hours / 168)} weeks`;
}

/** One mark on the timeline: a claim's timescale with numbers, as a range on the axis. */
export interface TimelineMark {
  claim: Claim;
  timescale: Timescale;
  /** Axis positions, 0 to 1. */
  from: number;
  to: number;
  /** The text gives no lower bound, or "0": the range starts at the dose. */
  fromDose: boolean;
  /** The text gives no upper bound: the range runs on. */
  openEnd: boolean;
  /** A single time, not a range. */
  point: boolean;
  /** The range in words, for screen readers and the table. */
  description: string;
}

/** The marks for every timescale that states at least one number, earliest first. */
export function timelineMarks(claims: readonly Claim[]): TimelineMark[] {
  const marks: TimelineMark[] = [];
  for (const claim of claims) {
    for (const timescale of claim.timescales) {
      const { fromHours, toHours } = timescale;
      if (fromHours === null && toHours === null) continue;
      const fromDose = fromHours === null || fromHours === 0;
      const openEnd = toHours === null;
      const point = !fromDose && !openEnd && fromHours === toHours;
      marks.push({
        claim,
        timescale,
        from: fromDose ? 0 : axisPosition(fromHours!),
        to: openEnd ? 1 : axisPosition(toHours!),
        fromDose,
        openEnd,
        point,
        description: describeRange(fromHours, toHours),
      });
    }
  }
  const sortKey = (mark: TimelineMark) => mark.timescale.fromHours ?? 0;
  return marks.sort((a, b) => sortKey(a) - sortKey(b) || (a.timescale.toHours ?? Infinity) - (b.timescale.toHours ?? Infinity));
}

/** A range in words: "at 24 h", "from the dose to 3 h", "12 h to 24 h", "from 1 week on". */
export function describeRange(fromHours: number | null, toHours: number | null): string {
  if (fromHours === null && toHours === null) return 'no number given';
  const fromDose = fromHours === null || fromHours === 0;
  if (toHours === null) return fromDose ? 'from the dose on' : `from ${formatHours(fromHours!)} on`;
  if (fromDose) return `from the dose to ${formatHours(toHours)}`;
  if (fromHours === toHours) return `at ${formatHours(toHours)}`;
  return `${formatHours(fromHours!)} to ${formatHours(toHours)}`;
}
