import { describe, expect, it } from 'vitest';
import { duplicateKey, findDuplicates } from '../../../src/pipeline/find-duplicates.ts';

describe('findDuplicates', () => {
  it('points every later copy at the first occurrence', () => {
    const texts = ['“appears to”', 'I.e., they don’t know jack.', '"appears to"', 'I.e., they don\'t know jack.'];
    expect(findDuplicates(texts, [true, true, true, true])).toEqual([null, null, 0, 1]);
  });

  it('marks a pasted excerpt of an earlier sentence as its duplicate', () => {
    const texts = [
      'In recent years, clinical trials have demonstrated ketamine’s effectiveness in treating depression within a few hours.',
      'clinical trials have demonstrated ketamine’s effectiveness in treating depression',
    ];
    expect(findDuplicates(texts, [true, true])).toEqual([null, 0]);
  });

  it('does not call a short phrase a duplicate just because a longer sentence contains it', () => {
    expect(findDuplicates(['The study suggests that spines matter.', '“study suggests”'], [true, true])).toEqual([null, null]);
  });

  it('leaves units that are not candidates alone', () => {
    expect(findDuplicates(['Link to comment', 'Link to comment'], [false, false])).toEqual([null, null]);
  });

  it('ignores case, quotes and trailing ellipses when comparing', () => {
    expect(duplicateKey('Animal studies suggest growth  …….')).toBe(duplicateKey('animal studies suggest growth'));
  });
});

describe('a short quotation of an earlier sentence', () => {
  const texts = ['“Nobody should think of it as a cure,” says Dr. Okonkwo, a psychiatrist.', '> “Nobody should think of it as a cure.”'];
  const candidates = texts.map(() => true);

  it('is a copy when it stands in a block quote, which says it repeats words from elsewhere', () => {
    expect(findDuplicates(texts, candidates, [false, true])).toEqual([null, 0]);
  });

  it('is not, below forty characters, when nothing marks it as quoted', () => {
    expect(findDuplicates(texts, candidates)).toEqual([null, null]);
  });
});
