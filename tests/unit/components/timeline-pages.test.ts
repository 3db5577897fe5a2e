import { describe, expect, it } from 'vitest';
import { paginateTimeline, timelineRows, wordsKey } from '../../../src/components/timeline-pages.ts';
import { claim } from '../findings/claims.fixture.ts';

const claims = [
  claim('Spines grew back within 24 hours.', { id: 'day' }),
  claim('Mood lifted within two hours.', { id: 'hours' }),
  claim('The effect lasted for a week.', { id: 'week' }),
  claim('Ketamine acts rapidly.', { id: 'rapid' }),
];

describe('timelineRows', () => {
  it('puts the marks first, earliest first, then the times said without a number', () => {
    const rows = timelineRows(claims);
    const marks = rows.filter((row) => row.type === 'mark');
    const words = rows.filter((row) => row.type === 'words');
    expect(marks.length).toBeGreaterThan(0);
    expect(words.map((row) => row.claim.id)).toEqual(['rapid']);
    expect(rows.at(-1)!.type).toBe('words');
  });
});

describe('paginateTimeline', () => {
  it('keeps a short timeline on one page', () => {
    const timeline = paginateTimeline(claims, 150);
    expect(timeline.pages).toHaveLength(1);
    expect(timeline.pages[0]!.withoutNumbers.map((group) => group.phase)).toEqual(['hours']);
  });

  it('cuts the rows into pages of two, and records the page of each claim’s row', () => {
    const rows = timelineRows(claims);
    const timeline = paginateTimeline(claims, 2);
    expect(timeline.pages).toHaveLength(Math.ceil(rows.length / 2));
    expect(timeline.markCount).toBe(rows.filter((row) => row.type === 'mark').length);
    for (const timelinePage of timeline.pages) {
      for (const mark of timelinePage.marks) expect(timeline.markPageOf.get(mark.claim.id)).toBe(timelinePage.page.pageNumber);
      for (const group of timelinePage.withoutNumbers) {
        for (const item of group.items) expect(timeline.wordsPageOf.get(wordsKey(item.claim.id, group.phase))).toBe(timelinePage.page.pageNumber);
      }
    }
    expect(timeline.wordsPageOf.get(wordsKey('rapid', 'hours'))).toBe(timeline.pages.length);
  });
});
