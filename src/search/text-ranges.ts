/**
 * Stretches of a text and how to cut the text along them: what the highlighter produces and
 * the islands draw. Kept apart from the matcher so a page that only draws highlights does not
 * download the matcher.
 */

/** A stretch of text to highlight, [start, end) in UTF-16 code units. */
export interface Range {
  start: number;
  end: number;
}

/** Sort ranges and join those that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** A piece of text, marked or not: what a renderer turns into text nodes and <mark>s. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** Cut a text into plain and marked segments along the given ranges. */
export function segmentText(text: string, ranges: readonly Range[]): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const range of mergeRanges(ranges)) {
    const start = Math.max(range.start, position);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > position) segments.push({ text: text.slice(position, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), marked: false });
  return segments;
}
