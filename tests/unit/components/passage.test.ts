import { describe, expect, it } from 'vitest';
import { passageAround } from '../../../src/components/passage.ts';

const spanOf = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no "${quote}" in the text`);
  return { start, end: start + quote.length };
};

describe('the passage around a claim', () => {
  it('keeps to the quote’s own paragraph when the paragraph has more to say', () => {
    const text = 'Before it.\n\nFirst sentence. The quote is here. Last sentence.\n\nAfter it.';
    const passage = passageAround(text, spanOf(text, 'The quote is here.'), 0);
    expect(passage).toEqual({ paragraphsBefore: [], before: 'First sentence. ', quote: 'The quote is here.', after: ' Last sentence.', paragraphsAfter: [] });
  });

  it('shows the paragraphs on each side of a quote that stands alone, blank and whitespace-only lines skipped', () => {
    const text = 'Link to comment\nShare on other sites\n\n“have found hints”\n\n\u00a0\n\n“In mice”\n\n\u00a0\n\n“appears to”\n\n“there are still many remaining questions”\n\n“region of the brain”';
    const passage = passageAround(text, spanOf(text, '“In mice”'), 0);
    expect(passage.quote).toBe('“In mice”');
    expect(passage.paragraphsBefore).toEqual(['Link to comment Share on other sites', '“have found hints”']);
    expect(passage.paragraphsAfter).toEqual(['“appears to”', '“there are still many remaining questions”']);
  });

  it('never reaches before the body, so a headline borrows only what follows it', () => {
    const text = '---\ntitle: A page\n---\nKetamine may repair circuits\n\nA new study in mice suggests so.';
    const bodyStart = text.indexOf('Ketamine');
    const passage = passageAround(text, spanOf(text, 'Ketamine may repair circuits'), bodyStart);
    expect(passage.paragraphsBefore).toEqual([]);
    expect(passage.paragraphsAfter).toEqual(['A new study in mice suggests so.']);
  });

  it('cuts a long neighbour at a word, keeping the end before the quote and the start after it', () => {
    const long = Array.from({ length: 40 }, (_, index) => `word${index}`).join(' ');
    const text = `${long}\n\nAlone\n\n${long}`;
    const passage = passageAround(text, spanOf(text, 'Alone'), 0, 50);
    expect(passage.paragraphsBefore).toHaveLength(1);
    expect(passage.paragraphsBefore[0]).toMatch(/^…word\d+ .* word39$/);
    expect(passage.paragraphsBefore[0]!.length).toBeLessThanOrEqual(51);
    expect(passage.paragraphsAfter[0]).toMatch(/^word0 .* word\d+…$/);
    expect(passage.paragraphsAfter[0]!.length).toBeLessThanOrEqual(51);
  });

  it('leaves out a farther paragraph that does not fit in what is left of the reach', () => {
    const text = `Alone\n\nnear one\n\n${'far '.repeat(10)}`;
    expect(passageAround(text, spanOf(text, 'Alone'), 0, 20).paragraphsAfter).toEqual(['near one']);
    expect(passageAround(text, spanOf(text, 'Alone'), 0, 60).paragraphsAfter).toEqual(['near one', 'far '.repeat(10).trim()]);
  });
});
