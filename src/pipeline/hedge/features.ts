import type { Token } from './tokenize.ts';

/**
 * The context features of a candidate cue word: what the model weighs to tell "may
 * suggest" from "in May", "indicate that" from "as indicated", "whether" from "or".
 * Most features are joined to the candidate's stem, so each cue word learns its own
 * contexts; a few plain context features let rare cue words borrow from common ones.
 */
export function candidateFeatures(tokens: readonly Token[], index: number): string[] {
  const token = tokens[index];
  if (token === undefined) return [];
  const stem = token.stem;
  const word = (offset: number): string => tokens[index + offset]?.norm ?? (offset < 0 ? '<s>' : '</s>');
  const shape = (offset: number): string => shapeOf(tokens[index + offset]);
  const features = [
    'bias',
    `w=${token.norm}`,
    `s=${stem}`,
    `s=${stem}|-1=${word(-1)}`,
    `s=${stem}|+1=${word(1)}`,
    `s=${stem}|-2=${word(-2)}`,
    `s=${stem}|+2=${word(2)}`,
    `s=${stem}|-2-1=${word(-2)} ${word(-1)}`,
    `s=${stem}|+1+2=${word(1)} ${word(2)}`,
    `s=${stem}|-1+1=${word(-1)} ${word(1)}`,
    `s=${stem}|+1+2+3=${word(1)} ${word(2)} ${word(3)}`,
    `s=${stem}|+1shape=${shape(1)}`,
    `s=${stem}|-1shape=${shape(-1)}`,
    `w=${token.norm}|+1=${word(1)}`,
    `w=${token.norm}|-1=${word(-1)}`,
    `-1=${word(-1)}`,
    `+1=${word(1)}`,
    `+1+2=${word(1)} ${word(2)}`,
    `-2-1=${word(-2)} ${word(-1)}`,
  ];
  if (index === 0) features.push(`s=${stem}|first`);
  else if (/^\p{Lu}/u.test(token.text)) features.push(`s=${stem}|capitalised`);
  return features;
}

function shapeOf(token: Token | undefined): string {
  if (token === undefined) return 'none';
  if (/^\p{N}+$/u.test(token.text)) return 'number';
  if (/^\p{Lu}/u.test(token.text)) return 'upper';
  if (/^\p{Ll}/u.test(token.text)) return 'lower';
  return 'punct';
}
