import type { Claim } from '../schemas/claim.ts';

/** A piece of a claim's quote, and the hedge level of the cue it is, if it is one. */
export interface CueSegment {
  text: string;
  level: 'hedged' | 'speculative' | null;
}

/**
 * Cut a claim's passage into plain text and hedge cues. Cue offsets point into the source
 * file, like the claim's span, so the passage is taken from the file too; cues outside the
 * span or overlapping an earlier cue are skipped rather than drawn wrong.
 */
export function quoteCueSegments(claim: Pick<Claim, 'span' | 'hedge' | 'text'>, sourceText: string): CueSegment[] {
  const { start, end } = claim.span;
  const passage = sourceText.slice(start, end);
  if (passage.length === 0) return [{ text: claim.text, level: null }];
  const cues = [...claim.hedge.cues].filter((cue) => cue.start >= start && cue.end <= end && cue.end > cue.start).sort((a, b) => a.start - b.start);
  const segments: CueSegment[] = [];
  let position = start;
  for (const cue of cues) {
    if (cue.start < position) continue;
    if (cue.start > position) segments.push({ text: sourceText.slice(position, cue.start), level: null });
    segments.push({ text: sourceText.slice(cue.start, cue.end), level: cue.level });
    position = cue.end;
  }
  if (position < end) segments.push({ text: sourceText.slice(position, end), level: null });
  return segments.map((segment) => ({ ...segment, text: segment.text.replace(/\s+/g, ' ') }));
}
