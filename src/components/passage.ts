import type { Span } from '../schemas/claim.ts';
import type { Section } from '../schemas/source.ts';

/**
 * Helpers for a claim's page: the passage around the quote, the section of the source it
 * sits in, and a link to the original that jumps to the words (a text fragment).
 */

/** The text just before and after a span, within its paragraph, cut at sentence edges. */
export interface PassageAround {
  /**
   * The paragraphs before the quote's own, nearest last, when the quote is the whole of its
   * paragraph (a heading, a list item, a phrase a forum post quotes); otherwise none. Without
   * them the passage would repeat the quote and say nothing about where it stands.
   */
  paragraphsBefore: string[];
  before: string;
  quote: string;
  after: string;
  /** The paragraphs after the quote's own, nearest first, on the same condition. */
  paragraphsAfter: string[];
}

/** Characters of context on each side, at most. */
export const contextCharacters = 360;

/** The passage around a span: up to `contextCharacters` each side, never past a blank line or the body's start. */
export function passageAround(text: string, span: Span, bodyStart: number, reach = contextCharacters): PassageAround {
  const quote = text.slice(span.start, span.end);
  const beforeStart = Math.max(bodyStart, span.start - reach);
  let before = text.slice(beforeStart, span.start);
  const lastBreak = before.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
  if (lastBreak >= 0) before = before.slice(lastBreak).replace(/^\s+/, '');
  else if (beforeStart > bodyStart) {
    // Start at a sentence, not mid-word.
    const sentenceStart = before.search(/[.!?]["”’)]?\s+[^\s]/);
    if (sentenceStart >= 0) before = before.slice(sentenceStart).replace(/^[.!?]["”’)]?\s+/, '');
    else before = `…${before.replace(/^\S*\s/, '')}`;
  }
  let after = text.slice(span.end, Math.min(text.length, span.end + reach));
  const nextBreak = after.search(/\n[ \t]*\n/);
  if (nextBreak >= 0) after = after.slice(0, nextBreak);
  else if (span.end + reach < text.length) {
    const sentenceEnds = [...after.matchAll(/[.!?]["”’)]?(?=\s)/g)];
    const lastEnd = sentenceEnds.at(-1);
    after = lastEnd === undefined ? `${after.replace(/\s\S*$/, '')}…` : after.slice(0, lastEnd.index + lastEnd[0].length);
  }
  const passage = { before: collapse(before), quote: collapse(quote), after: collapse(after) };
  const alone = passage.before.trim() === '' && passage.after.trim() === '';
  return {
    // A window a few reaches wide holds the paragraphs that can fit; the rest of a long file need not be split.
    paragraphsBefore: alone ? neighbouringParagraphs(text.slice(Math.max(bodyStart, span.start - 4 * reach), span.start), 'before', reach) : [],
    ...passage,
    paragraphsAfter: alone ? neighbouringParagraphs(text.slice(span.end, span.end + 4 * reach), 'after', reach) : [],
  };
}

/** Paragraphs a lone quote borrows from each side, at most. */
export const neighbouringParagraphCount = 2;

/**
 * Up to `neighbouringParagraphCount` non-blank paragraphs of `text` nearest the quote (at its
 * end for 'before', at its start for 'after'), in reading order, within `reach` characters in
 * all. The nearest paragraph, if it does not fit, is cut at a word and marked with an ellipsis;
 * a farther one that does not fit is left out.
 */
function neighbouringParagraphs(text: string, side: 'before' | 'after', reach: number): string[] {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map(collapse)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  if (side === 'before') paragraphs.reverse();
  const taken: string[] = [];
  let left = reach;
  for (const paragraph of paragraphs.slice(0, neighbouringParagraphCount)) {
    if (paragraph.length <= left) taken.push(paragraph);
    else if (taken.length > 0) break;
    else if (side === 'before') taken.push(`…${paragraph.slice(paragraph.length - left).replace(/^\S*\s/, '')}`);
    else taken.push(`${paragraph.slice(0, left).replace(/\s\S*$/, '')}…`);
    left -= paragraph.length;
  }
  return side === 'before' ? taken.reverse() : taken;
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ');
}

/** Where each declared section of a source starts and ends in the file, if its delimiters are found. */
export function locateSections(text: string, bodyStart: number, sections: readonly Section[]): { section: Section; span: Span }[] {
  const located: { section: Section; span: Span }[] = [];
  let from = bodyStart;
  for (const section of sections) {
    const start = text.indexOf(section.from, from);
    if (start < 0) continue;
    const toAt = text.indexOf(section.to, start);
    const end = toAt < 0 ? start + section.from.length : toAt + section.to.length;
    located.push({ section, span: { start, end } });
    from = start + 1;
  }
  return located;
}

/** The section a span falls inside, if any (the innermost, when sections nest). */
export function sectionAt(located: readonly { section: Section; span: Span }[], span: Span): Section | null {
  const containing = located.filter((entry) => entry.span.start <= span.start && span.end <= entry.span.end);
  containing.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  return containing[0]?.section ?? null;
}

/** Encode a piece of a text fragment directive: percent-encoding plus the characters the syntax reserves. */
function encodeFragmentPart(value: string): string {
  return encodeURIComponent(value).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * A URL that opens the original and scrolls to the quote (`#:~:text=`). Long quotes use a
 * start and an end of a few words each, which browsers match more reliably than a whole
 * sentence whose punctuation the original may render differently.
 */
export function textFragmentUrl(url: string, quote: string, wordsEachSide = 5): string {
  const words = quote
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  const base = url.split('#')[0];
  if (words.length === 0) return url;
  if (words.length <= wordsEachSide * 2) return `${base}#:~:text=${encodeFragmentPart(words.join(' '))}`;
  const start = words.slice(0, wordsEachSide).join(' ');
  const end = words.slice(-wordsEachSide).join(' ');
  return `${base}#:~:text=${encodeFragmentPart(start)},${encodeFragmentPart(end)}`;
}
