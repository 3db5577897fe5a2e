import { describe, expect, it } from 'vitest';
import { createHedgeClassifier } from '../../../../src/pipeline/hedge/classify.ts';
import { scoreUncertain } from '../../../../src/pipeline/hedge/metrics.ts';
import { alignSentence, countSentenceFrequency, trainHedgeModel, type AnnotatedSentence } from '../../../../src/pipeline/hedge/train-model.ts';

const sentence = (id: number, text: string, cues: string[]): AnnotatedSentence => ({
  id: `toy:${id}`,
  document: `doc${id}`,
  corpus: 'toy',
  text,
  uncertain: cues.length > 0,
  cues,
});

const TOY = [
  sentence(1, 'These data indicate that NF-kB is required.', ['indicate that']),
  sentence(2, 'Cells were treated as indicated in Fig. 2.', []),
  sentence(3, 'The results indicate that p50 binds DNA.', ['indicate that']),
  sentence(4, 'At the indicated times, cells were lysed.', []),
  sentence(5, 'It is not known whether p65 binds.', ['not known', 'whether']),
  sentence(6, 'p50 does not bind DNA.', []),
];

describe('trainHedgeModel', () => {
  const frequency = countSentenceFrequency(TOY);
  const options = { l2: 1, minFeatureCount: 1, corpusWeights: {}, threshold: 0.5, pruneBelow: 0 };
  const learned = trainHedgeModel(TOY.map((item) => alignSentence(item, frequency)), options);

  it('takes the rarest word of each cue as its candidate ("indicate", not "that"; "known", not "not")', () => {
    expect(learned.candidateStems).toEqual(['indicat', 'known', 'whether']);
  });

  it('learns from five sentences that "indicate that" is a cue and "as indicated" is not', () => {
    const classify = createHedgeClassifier({ note: '', trainedOn: [], crossValidation: {}, lexicon: { cues: [], speculative: [] }, ...learned });
    expect(classify('Our data indicate that RelB is required.').cues.map((cue) => cue.text)).toEqual(['indicate that']);
    expect(classify('Cells were treated as indicated in Fig. 3.').level).toBe('asserted');
  });

  it('writes the same weights when trained twice', () => {
    expect(trainHedgeModel(TOY.map((item) => alignSentence(item, frequency)), options)).toEqual(learned);
  });
});

describe('scoreUncertain', () => {
  it('scores 2 hits, 1 false alarm and 1 miss as precision 2/3, recall 2/3', () => {
    const score = scoreUncertain([
      { gold: true, predicted: true },
      { gold: true, predicted: true },
      { gold: false, predicted: true },
      { gold: true, predicted: false },
      { gold: false, predicted: false },
    ]);
    expect(score).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    expect(score.f1).toBeCloseTo(2 / 3, 10);
  });
});
