import type { Hedge, HedgeCue } from '../../schemas/claim.ts';
import type { CueLevel } from './lexicon.ts';
import { compileCueModel, cueProbability, type HedgeModel } from './model.ts';
import { findPhrase, matchPhraseAt, parsePhrase, type Phrase } from './phrase.ts';
import { tokenize, type Token } from './tokenize.ts';
import { questionMarkAt } from '../question-mark.ts';

/** A classifier from a sentence (or any short unit) to its hedge level and cues. */
export type HedgeClassifier = (text: string) => Hedge;

interface TokenSpan {
  readonly first: number;
  readonly last: number;
  readonly level: CueLevel;
}

/**
 * Builds the classifier from a model record: the editors' cue phrases always count; the
 * learned model scores every other candidate word in its context; a found word grows to the
 * multi-word cue around it; overlapping cues merge, and the strongest cue sets the level.
 */
export function createHedgeClassifier(model: HedgeModel): HedgeClassifier {
  const cueModel = compileCueModel(model);
  const fixedCues = indexByFirstWord(model.lexicon.cues.map((cue) => ({ phrase: parsePhrase(cue.phrase), level: cue.level })));
  const speculative = model.lexicon.speculative.map(parsePhrase);
  const spanPhrases = model.spanPhrases.map(parsePhrase);

  return (text) => {
    const tokens = tokenize(text);
    const spans: TokenSpan[] = [];
    tokens.forEach((token, index) => {
      for (const { phrase, level } of fixedCues.get(token.norm) ?? []) {
        const covered = matchPhraseAt(tokens, phrase, index);
        if (covered !== null) spans.push({ first: index, last: covered[covered.length - 1] ?? index, level });
      }
      if (isMonthMay(tokens, index)) return;
      const probability = cueProbability(cueModel, tokens, index);
      if (probability === null || probability < cueModel.threshold) return;
      const { first, last } = growToPhrase(tokens, index, spanPhrases);
      spans.push({ first, last, level: levelOf(tokens, first, last, speculative) });
    });
    const cues = mergeSpans(spans).map((span): HedgeCue => {
      const start = (tokens[span.first] as Token).start;
      const end = (tokens[span.last] as Token).end;
      return { text: text.slice(start, end), start, end, level: span.level };
    });
    // A question states nothing as fact (CLAIMS.md section 4: "plainly unknown"): its mark is a speculative cue.
    const asked = questionMarkAt(text);
    if (asked !== null) cues.push({ text: '?', start: asked, end: asked + 1, level: 'speculative' });
    const level = cues.some((cue) => cue.level === 'speculative') ? 'speculative' : cues.length > 0 ? 'hedged' : 'asserted';
    return { level, cues };
  };
}

function indexByFirstWord<T extends { phrase: Phrase }>(entries: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    const first = entry.phrase.parts[0]?.[0];
    if (first === undefined) continue;
    index.set(first, [...(index.get(first) ?? []), entry]);
  }
  return index;
}

// "May" is the month next to a number ("May 2019", "1 May") or after a word that
// introduces a date ("in May", "since May"); a capitalised "May" alone is still the
// modal, as in the headline "Ketamine May Relieve Depression".
const DATE_WORDS = new Set(['in', 'since', 'until', 'till', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'from', 'through', 'by', 'before', 'after']);

function isMonthMay(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token?.text !== 'May') return false;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return /^\d/.test(after?.text ?? '') || /^\d/.test(before?.text ?? '') || DATE_WORDS.has(before?.norm ?? '');
}

/** Widens a cue word to the longest learned multi-word cue that contains it ("indicate" to "indicate that"). */
function growToPhrase(tokens: readonly Token[], index: number, phrases: readonly Phrase[]): { first: number; last: number } {
  let best = { first: index, last: index };
  const from = Math.max(0, index - 6);
  const window = tokens.slice(from, index + 8);
  for (const phrase of phrases) {
    for (const covered of findPhrase(window, phrase)) {
      const first = (covered[0] ?? 0) + from;
      const last = (covered[covered.length - 1] ?? 0) + from;
      if (!covered.includes(index - from) || last - first > 5) continue;
      if (last - first > best.last - best.first) best = { first, last };
    }
  }
  return best;
}

/** Speculative when a speculative phrase ends inside the cue, reading up to two words before it. */
function levelOf(tokens: readonly Token[], first: number, last: number, speculative: readonly Phrase[]): CueLevel {
  const from = Math.max(0, first - 2);
  const window = tokens.slice(from, last + 1);
  for (const phrase of speculative) {
    for (const covered of findPhrase(window, phrase)) {
      const end = (covered[covered.length - 1] ?? -1) + from;
      if (end >= first && end <= last) return 'speculative';
    }
  }
  return 'hedged';
}

/** Joins overlapping cue spans into one, keeping the stronger level; returns them in text order. */
function mergeSpans(spans: readonly TokenSpan[]): TokenSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first || b.last - a.last);
  const merged: TokenSpan[] = [];
  for (const span of sorted) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && span.first <= previous.last) {
      merged[merged.length - 1] = {
        first: previous.first,
        last: Math.max(previous.last, span.last),
        level: previous.level === 'speculative' || span.level === 'speculative' ? 'speculative' : 'hedged',
      };
    } else {
      merged.push(span);
    }
  }
  return merged;
}
