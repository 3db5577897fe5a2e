import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import modelRecord from '../../../../content/lexicons/hedge-model.json' with { type: 'json' };
import { parseCueLexicon, parsePhraseList } from '../../../../src/pipeline/hedge/lexicon.ts';
import { HedgeModelSchema } from '../../../../src/pipeline/hedge/model.ts';

const lexiconFile = (name: string): string => readFileSync(new URL(`../../../../content/lexicons/${name}`, import.meta.url), 'utf8');

describe('content/lexicons/hedge-model.json', () => {
  it('has the shape the classifier expects', () => {
    expect(HedgeModelSchema.safeParse(modelRecord).success).toBe(true);
  });

  it('carries hedge-cues.txt as it stands now (run `npm run train:hedge` after editing it)', () => {
    expect(HedgeModelSchema.parse(modelRecord).lexicon.cues).toEqual(parseCueLexicon(lexiconFile('hedge-cues.txt')));
  });

  it('carries hedge-speculative.txt as it stands now (run `npm run train:hedge` after editing it)', () => {
    expect(HedgeModelSchema.parse(modelRecord).lexicon.speculative).toEqual(parsePhraseList(lexiconFile('hedge-speculative.txt')));
  });

  it('was trained on the two training files only, never on the evaluation file', () => {
    expect(HedgeModelSchema.parse(modelRecord).trainedOn.map((entry) => entry.file)).toEqual(['bioscope-abstracts.jsonl', 'bioscope-papers.jsonl']);
  });
});
