import type { Claim, Exclusion } from '../schemas/claim.ts';
import type { ExclusionReason } from '../schemas/vocabulary.ts';

/**
 * The source reader's model: a source body cut into paragraphs of claims, excluded units
 * and plain text, with long runs of excluded paragraphs folded. Pure, so the reader
 * component only draws what this returns.
 */

export type Piece =
  | { type: 'claim'; text: string; claim: Claim; first: boolean }
  | { type: 'excluded'; text: string; exclusion: Exclusion }
  | { type: 'plain'; text: string };

export type Paragraph = Piece[];

export type Block =
  | { type: 'paragraph'; pieces: Paragraph }
  | { type: 'fold'; paragraphs: Paragraph[]; units: number; reasons: ExclusionReason[] };

/** A run of excluded paragraphs is folded when it holds at least this many units… */
export const foldMinimumUnits = 3;
/** …or at least this many characters. */
export const foldMinimumCharacters = 280;

const paragraphBreak = /\n[ \t]*\n\s*/g;

/** Cut a source's body into blocks for the reader. */
export function segmentSource(
  text: string,
  bodyStart: number,
  claims: readonly Claim[],
  exclusions: readonly Exclusion[],
): Block[] {
  return foldRuns(toParagraphs(flatPieces(text, bodyStart, claims, exclusions)));
}

type Unit = { kind: 'claim'; claim: Claim } | { kind: 'excluded'; exclusion: Exclusion };

function spanOf(unit: Unit) {
  return unit.kind === 'claim' ? unit.claim.span : unit.exclusion.span;
}

/** The body as a flat list of pieces, gaps between units kept as plain text. */
function flatPieces(text: string, bodyStart: number, claims: readonly Claim[], exclusions: readonly Exclusion[]): (Piece | 'break')[] {
  const units: Unit[] = [
    ...claims.map((claim): Unit => ({ kind: 'claim', claim })),
    ...exclusions.map((exclusion): Unit => ({ kind: 'excluded', exclusion })),
  ]
    .filter((unit) => spanOf(unit).end > spanOf(unit).start)
    .sort((a, b) => spanOf(a).start - spanOf(b).start);

  const pieces: (Piece | 'break')[] = [];
  let position = bodyStart;
  const pushText = (from: number, to: number, make: (part: string, index: number) => Piece) => {
    const parts = text.slice(from, to).split(paragraphBreak);
    parts.forEach((part, index) => {
      if (index > 0) pieces.push('break');
      if (part !== '') pieces.push(make(part, index));
    });
  };
  for (const unit of units) {
    const { start, end } = spanOf(unit);
    // A unit overlapping one already drawn is skipped: the text is shown once.
    if (start < position) continue;
    if (start > position) pushText(position, start, (part) => ({ type: 'plain', text: part }));
    if (unit.kind === 'claim') pushText(start, end, (part, index) => ({ type: 'claim', text: part, claim: unit.claim, first: index === 0 }));
    else pushText(start, end, (part) => ({ type: 'excluded', text: part, exclusion: unit.exclusion }));
    position = end;
  }
  if (position < text.length) pushText(position, text.length, (part) => ({ type: 'plain', text: part }));
  return pieces;
}

/** Group pieces into paragraphs, dropping paragraphs that hold only white space. */
function toParagraphs(pieces: (Piece | 'break')[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph = [];
  for (const piece of pieces) {
    if (piece === 'break') {
      paragraphs.push(current);
      current = [];
    } else current.push(piece);
  }
  paragraphs.push(current);
  return paragraphs.filter((paragraph) => paragraph.some((piece) => piece.text.trim() !== ''));
}

/** Whether every visible piece of a paragraph is excluded text. */
function isAllExcluded(paragraph: Paragraph): boolean {
  return paragraph.every((piece) => piece.type === 'excluded' || piece.text.trim() === '');
}

/** Fold runs of all-excluded paragraphs that are long enough to get in a reader's way. */
function foldRuns(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  let run: Paragraph[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const excluded = run.flat().filter((piece): piece is Extract<Piece, { type: 'excluded' }> => piece.type === 'excluded');
    const units = new Set(excluded.map((piece) => piece.exclusion.id)).size;
    const characters = excluded.reduce((total, piece) => total + piece.text.length, 0);
    if (units >= foldMinimumUnits || characters >= foldMinimumCharacters) {
      const reasons = [...new Set(excluded.map((piece) => piece.exclusion.reason))];
      blocks.push({ type: 'fold', paragraphs: run, units, reasons });
    } else {
      for (const paragraph of run) blocks.push({ type: 'paragraph', pieces: paragraph });
    }
    run = [];
  };
  for (const paragraph of paragraphs) {
    if (isAllExcluded(paragraph)) run.push(paragraph);
    else {
      flush();
      blocks.push({ type: 'paragraph', pieces: paragraph });
    }
  }
  flush();
  return blocks;
}
