import { describe, expect, it } from 'vitest';
import { commentThreadsOf } from '../../../src/pipeline/find-comment-threads.ts';
import type { UnitType } from '../../../src/schemas/vocabulary.ts';

function unit(text: string, unitType: UnitType = 'sentence', standalone = false) {
  return { text, unitType, standalone };
}

describe('commentThreadsOf', () => {
  it('puts every unit below a "12 comments" heading in the thread, up to the next heading', () => {
    const units = [unit('The drug worked in mice.'), unit('## 12 comments', 'heading', true), unit('Lovely piece.'), unit('It did nothing for me.'), unit('## More from the blog', 'heading', true), unit('A post about sleep.')];
    expect(commentThreadsOf(units)).toEqual([false, false, true, true, false, false]);
  });

  it('reads a label on its own line with its count in brackets', () => {
    expect(commentThreadsOf([unit('Reader comments (3)', 'fragment', true), unit('Interesting.')])).toEqual([false, true]);
  });

  it('does not open a thread at a sentence that mentions comments, nor at a "Discussion" section', () => {
    expect(commentThreadsOf([unit('We read the comments closely.'), unit('Most were kind.')])).toEqual([false, false]);
    expect(commentThreadsOf([unit('## Discussion', 'heading', true), unit('The results extend earlier work.')])).toEqual([false, false]);
  });
});
