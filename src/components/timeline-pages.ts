import type { Claim, Timescale } from '../schemas/claim.ts';
import { PhaseSchema, type Phase } from '../schemas/vocabulary.ts';
import { pageNumberOf, paginateList, type ListPage } from './paginate-list.ts';
import { timelineMarks, type TimelineMark } from './timeline-scale.ts';

/**
 * The timeline cut into pages: its rows are the marks with numbers, earliest first, then the
 * statements that place an effect in time with words alone, by phase. Each page draws its
 * marks as a chart and a table, and lists its word-only statements; a claim's page links to
 * the timeline page that holds its row. Pure, so a test can pass a small page size.
 */

/** A row of the timeline: a mark on the axis, or a timescale said without a number. */
export type TimelineRow = { type: 'mark'; mark: TimelineMark } | { type: 'words'; claim: Claim; timescale: Timescale };

/** One page of the timeline, its rows sorted out for the chart, the table and the word-only lists. */
export interface TimelinePage {
  page: ListPage<TimelineRow>;
  marks: TimelineMark[];
  withoutNumbers: { phase: Phase; items: { claim: Claim; timescale: Timescale }[] }[];
}

export interface TimelinePages {
  pages: TimelinePage[];
  /** Marks in the whole timeline. */
  markCount: number;
  /** The page of a claim's first mark, by claim id. */
  markPageOf: ReadonlyMap<string, number>;
  /** The page of a claim's word-only timescale, by `${claimId} ${phase}`. */
  wordsPageOf: ReadonlyMap<string, number>;
}

/** The timeline's rows for some claims (commentary is the caller's to leave out). */
export function timelineRows(claims: readonly Claim[]): TimelineRow[] {
  const marks: TimelineRow[] = timelineMarks(claims).map((mark) => ({ type: 'mark', mark }));
  const words: TimelineRow[] = PhaseSchema.options.flatMap((phase) =>
    claims.flatMap((claim) =>
      claim.timescales
        .filter((timescale) => timescale.phase === phase && timescale.fromHours === null && timescale.toHours === null)
        .map((timescale) => ({ type: 'words' as const, claim, timescale })),
    ),
  );
  return [...marks, ...words];
}

/** The key of a claim's word-only timescale in `wordsPageOf`. */
export function wordsKey(claimId: string, phase: Phase): string {
  return `${claimId} ${phase}`;
}

/** The timeline's pages, and where each claim's row landed. */
export function paginateTimeline(claims: readonly Claim[], pageSize: number): TimelinePages {
  const rows = timelineRows(claims);
  const markPageOf = new Map<string, number>();
  const wordsPageOf = new Map<string, number>();
  rows.forEach((row, index) => {
    const pageNumber = pageNumberOf(index, pageSize);
    if (row.type === 'mark') {
      if (!markPageOf.has(row.mark.claim.id)) markPageOf.set(row.mark.claim.id, pageNumber);
    } else {
      const key = wordsKey(row.claim.id, row.timescale.phase);
      if (!wordsPageOf.has(key)) wordsPageOf.set(key, pageNumber);
    }
  });
  const pages = paginateList(rows, '/timeline/', pageSize).map((page) => ({
    page,
    marks: page.items.flatMap((row) => (row.type === 'mark' ? [row.mark] : [])),
    withoutNumbers: PhaseSchema.options
      .map((phase) => ({
        phase,
        items: page.items.flatMap((row) => (row.type === 'words' && row.timescale.phase === phase ? [{ claim: row.claim, timescale: row.timescale }] : [])),
      }))
      .filter((group) => group.items.length > 0),
  }));
  return { pages, markCount: rows.filter((row) => row.type === 'mark').length, markPageOf, wordsPageOf };
}
