import { describe, expect, it } from 'vitest';
import { parseCueLexicon, parsePhraseList } from '../../../../src/pipeline/hedge/lexicon.ts';
import { findPhrase, parsePhrase, phraseKey } from '../../../../src/pipeline/hedge/phrase.ts';
import { stemWord, tokenize } from '../../../../src/pipeline/hedge/tokenize.ts';

describe('tokenize', () => {
  it('splits "It’s possibly IL-6, and/or TNF." into words and marks with offsets that slice back', () => {
    const text = 'It’s possibly IL-6, and/or TNF.';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.text)).toEqual(['It’s', 'possibly', 'IL-6', ',', 'and/or', 'TNF', '.']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('normalizes "It’s" to "it\'s" and digits to 0', () => {
    expect(tokenize('It’s 2019').map((token) => token.norm)).toEqual(["it's", '0000']);
  });

  it('stems "suggests", "suggested" and "suggesting" alike, and leaves "was" alone', () => {
    expect(['suggests', 'suggested', 'suggesting', 'suggestion'].map(stemWord)).toEqual(['suggest', 'suggest', 'suggest', 'suggest']);
    expect(stemWord('was')).toBe('was');
  });
});

describe('phrases', () => {
  it('finds "not ... known" across a gap of a few words', () => {
    expect(findPhrase(tokenize('It is not yet fully known how.'), parsePhrase('not ... known'))).toEqual([[2, 5]]);
  });

  it('matches "could be *ing" on "could be relieving" but not on "could be detected"', () => {
    const phrase = parsePhrase('could be *ing');
    expect(findPhrase(tokenize('It could be relieving pain.'), phrase)).toEqual([[1, 2, 3]]);
    expect(findPhrase(tokenize('It could be detected.'), phrase)).toEqual([]);
  });

  it('writes a phrase back as its key', () => {
    expect(phraseKey(parsePhrase('Either …  or'))).toBe('either ... or');
  });
});

describe('lexicon files', () => {
  it('reads "speculative  one possibility  # note" as a speculative cue', () => {
    expect(parseCueLexicon('# header\n\nspeculative  one possibility  # note\nhedged\twe think\n')).toEqual([
      { level: 'speculative', phrase: 'one possibility' },
      { level: 'hedged', phrase: 'we think' },
    ]);
  });

  it('rejects a line without a level, naming the line', () => {
    expect(() => parseCueLexicon('# header\nperhaps\n')).toThrow(/line 2/);
  });

  it('reads a phrase list one phrase a line, without comments', () => {
    expect(parsePhraseList('# which cues\ncould\nnot ... known # negated\n')).toEqual(['could', 'not ... known']);
  });
});
