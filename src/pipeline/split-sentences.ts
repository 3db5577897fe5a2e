import type { Nodes, Root } from 'mdast';
import { ParseEnglish } from 'parse-english';
import type { UnitType } from '../schemas/vocabulary.ts';

/** One unit of a source: a sentence, heading, list item or fragment, with its place in the file. */
export interface Unit {
  /** Position in reading order, from 0. */
  index: number;
  /** The unit as it stands in the file, whitespace collapsed. */
  text: string;
  /** UTF-16 offsets into the source file (not the body), end exclusive. */
  start: number;
  end: number;
  unitType: UnitType;
  /** Index of the paragraph-level block the unit sits in: units of one block form a passage. */
  block: number;
  /** Whether the unit stands alone on its line(s), as titles, labels and navigation do. */
  standalone: boolean;
  /** Set when the unit sits in a Markdown block quote (`> ...`): words quoted from elsewhere. */
  quoted?: true;
}

interface Block {
  start: number;
  end: number;
  kind: 'heading' | 'paragraph' | 'list-item' | 'verbatim';
  quoted: boolean;
}

const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'code', 'html', 'thematicBreak', 'table', 'definition', 'yaml']);
const TERMINAL = /[.!?…:;]["'”’)\]]*$/u;
const BULLET = /^[•·▪◦●‣*+-]\s/u;
const english = new ParseEnglish();
const MISSED_SENTENCE_START = /(?<=(?<![\p{L}.])\p{L}{3,}[.!?]|\s[.!?])\s+(?=\p{Ll}[\p{Ll}'’]+\s)|(?<=\betc\.)\s+(?=\p{Lu})/gu;

/** Collapses runs of white space (non-breaking spaces included) into one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Splits a source body into units with exact offsets. Markdown gives the blocks; inside a
 * block a line break ends a unit unless the next line visibly continues the sentence, because
 * the sources are plain text pasted from the web, where one line is one title, label or post.
 * retext's English parser splits what remains into sentences. Every non-blank character of the
 * body ends up inside exactly one unit: markup between blocks (list markers, quote marks) joins
 * the unit that follows it.
 */
export function splitSentences(body: string, tree: Root, bodyStart: number): Unit[] {
  const blocks = coverBody(body, collectBlocks(tree));
  const units: Unit[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const segment of segmentsOf(body, block)) {
      const pieces = block.kind === 'verbatim' ? [segment] : sentencesOf(body, segment);
      for (const piece of pieces) {
        for (const part of splitRepeatedTitle(body, piece, units, bodyStart)) {
          const raw = body.slice(part.start, part.end);
          units.push({
            index: units.length,
            text: collapseWhitespace(raw),
            start: part.start + bodyStart,
            end: part.end + bodyStart,
            unitType: 'sentence',
            block: blockIndex,
            standalone: pieces.length === 1 && segment.lines === 1,
            ...(block.quoted ? { quoted: true as const } : {}),
          });
        }
      }
    }
  });
  assignUnitTypes(units, blocks, body, bodyStart);
  return units;
}

function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Nodes, inListItem: boolean, inQuote: boolean): void => {
    if (LEAF_BLOCKS.has(node.type)) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      const kind =
        node.type === 'heading'
          ? 'heading'
          : node.type === 'code' || node.type === 'html' || node.type === 'table'
            ? 'verbatim'
            : inListItem
              ? 'list-item'
              : 'paragraph';
      blocks.push({ start, end, kind, quoted: inQuote });
      return;
    }
    if ('children' in node) {
      for (const child of node.children) visit(child as Nodes, inListItem || node.type === 'listItem', inQuote || node.type === 'blockquote');
    }
  };
  visit(tree, false, false);
  return blocks.sort((a, b) => a.start - b.start);
}

/** Stretches blocks so that the non-blank text between them (list markers, stray symbols) is covered. */
function coverBody(body: string, blocks: Block[]): Block[] {
  const covered: Block[] = [];
  let previousEnd = 0;
  for (const block of blocks) {
    const gapStart = firstNonBlank(body, previousEnd, block.start);
    covered.push({ ...block, start: gapStart ?? block.start });
    previousEnd = Math.max(previousEnd, block.end);
  }
  const trailing = lastNonBlank(body, previousEnd, body.length);
  if (trailing !== null) {
    const last = covered.at(-1);
    if (last) last.end = trailing;
    else covered.push({ start: firstNonBlank(body, 0, body.length) ?? 0, end: trailing, kind: 'paragraph', quoted: false });
  }
  return covered.filter((block) => firstNonBlank(body, block.start, block.end) !== null);
}

function firstNonBlank(text: string, from: number, to: number): number | null {
  for (let index = from; index < to; index++) if (!/\s/u.test(text[index]!)) return index;
  return null;
}

function lastNonBlank(text: string, from: number, to: number): number | null {
  for (let index = to - 1; index >= from; index--) if (!/\s/u.test(text[index]!)) return index + 1;
  return null;
}

interface Segment {
  start: number;
  end: number;
  lines: number;
}

/** Groups the lines of a block into runs that belong together. */
function segmentsOf(body: string, block: Block): Segment[] {
  const lines: { start: number; end: number }[] = [];
  let lineStart = block.start;
  for (let index = block.start; index <= block.end; index++) {
    if (index === block.end || body[index] === '\n') {
      const start = firstNonBlank(body, lineStart, index);
      if (start !== null) lines.push({ start, end: lastNonBlank(body, start, index)! });
      lineStart = index + 1;
    }
  }
  const segments: Segment[] = [];
  for (const line of lines) {
    const current = segments.at(-1);
    if (current && block.kind !== 'verbatim' && block.kind !== 'heading' && continuesLine(body.slice(current.start, current.end), body.slice(line.start, line.end))) {
      current.end = line.end;
      current.lines++;
    } else {
      segments.push({ start: line.start, end: line.end, lines: 1 });
    }
  }
  return segments;
}

/**
 * Whether the next line carries on the sentence of the previous one, as in hard-wrapped prose:
 * it starts in lower case, or the previous line is long and stops without closing punctuation.
 */
function continuesLine(previous: string, next: string): boolean {
  if (TERMINAL.test(previous) || BULLET.test(next)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  return previous.length >= 60 && /[\p{L},;(–—-]$/u.test(previous) && !/^[\p{Lu}\d"“'‘]\S*$/u.test(next);
}

/** Sentence ranges inside one segment; each runs to the next sentence's start, so nothing falls between. */
function sentencesOf(body: string, segment: Segment): Segment[] {
  const text = body.slice(segment.start, segment.end);
  const starts: number[] = [];
  const tree = english.parse(text);
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      const offset = sentence.type === 'SentenceNode' ? sentence.position?.start.offset : undefined;
      if (offset !== undefined) starts.push(offset);
    }
  }
  if (starts.length === 0 || starts[0] !== 0) starts.unshift(0);
  // The English parser keeps "etc. When…" together and never starts a sentence in lower case;
  // informal posts ("medicine has its place. for a short term…", "the next day. i'll pass",
  // "[/glow] . there is") need both.
  for (const match of text.matchAll(MISSED_SENTENCE_START)) starts.push(match.index + match[0].length);
  starts.sort((a, b) => a - b);
  for (let index = starts.length - 1; index > 0; index--) if (starts[index] === starts[index - 1]) starts.splice(index, 1);
  const ranges: Segment[] = [];
  starts.forEach((start, position) => {
    const end = position + 1 < starts.length ? starts[position + 1]! : text.length;
    const from = firstNonBlank(text, start, end);
    if (from === null) return;
    ranges.push({ start: segment.start + from, end: segment.start + lastNonBlank(text, from, end)!, lines: 1 });
  });
  return ranges;
}

/**
 * Web pages often repeat their title at the start of the first paragraph ("Title – Although…").
 * When a sentence opens with the text of an earlier unit followed by a dash, the repeat is cut
 * off as a unit of its own so that it can be marked as the duplicate it is.
 */
function splitRepeatedTitle(body: string, piece: Segment, earlier: readonly Unit[], bodyStart: number): Segment[] {
  const raw = body.slice(piece.start, piece.end);
  const dash = spacedDash(raw);
  if (!dash || dash.index < 10) return [piece];
  const prefix = collapseWhitespace(raw.slice(0, dash.index));
  const repeats = earlier.some((unit) => unit.text === prefix && unit.end - bodyStart <= piece.start);
  if (!repeats) return [piece];
  const restStart = piece.start + dash.index + dash[0].length;
  return [
    { start: piece.start, end: piece.start + dash.index + dash[0].trimEnd().length, lines: 1 },
    { start: restStart, end: piece.end, lines: 1 },
  ];
}

/**
 * The first dash set apart by white space, with the white space around it, as `/\s+[–—-]\s+/`
 * finds it. Found from the dash outwards: the pattern itself retries every start in a run of
 * spaces, which on a line of 200,000 spaces took seconds.
 */
function spacedDash(raw: string): { index: number; 0: string } | null {
  const dashes = /(?<=\s)[–—-](?=\s)/gu;
  const found = dashes.exec(raw);
  if (found === null) return null;
  let start = found.index;
  while (start > 0 && /\s/u.test(raw[start - 1]!)) start--;
  let end = found.index + 1;
  while (end < raw.length && /\s/u.test(raw[end]!)) end++;
  return { index: start, 0: raw.slice(start, end) };
}

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'for', 'to', 'by', 'with', 'at', 'from', 'as', 'vs']);

/** Whether most words of a line are capitalised, as in "Repairing Damaged Brain Circuits". */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^\p{L}/u.test(word) && !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  if (words.length < 2) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.7;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Names what each unit is. Markdown headings are headings; so are lines that stand alone
 * without closing punctuation and either read as titles or come before the first prose of
 * the document, where pages put their headlines.
 */
function assignUnitTypes(units: Unit[], blocks: readonly Block[], body: string, bodyStart: number): void {
  let proseSeen = false;
  for (const unit of units) {
    const block = blocks[unit.block]!;
    const closed = TERMINAL.test(unit.text);
    const words = wordCount(unit.text);
    const startsLikeTitle = /^["“'‘]?[\p{Lu}\d]/u.test(unit.text);
    if (block.kind === 'heading') unit.unitType = 'heading';
    else if (block.kind === 'list-item' || BULLET.test(body.slice(unit.start - bodyStart, unit.end - bodyStart))) unit.unitType = 'list-item';
    else if (!closed && unit.standalone && startsLikeTitle && words >= 2 && words <= 25 && (!proseSeen || isTitleCase(unit.text))) unit.unitType = 'heading';
    else if (!closed) unit.unitType = 'fragment';
    else unit.unitType = 'sentence';
    if (unit.unitType === 'sentence' && words >= 8) proseSeen = true;
  }
}
