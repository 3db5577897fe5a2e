import { describe, expect, it } from 'vitest';
import { markWriterOpinion } from '../../../src/pipeline/find-writer-opinion.ts';

const journalist = (text: string, kind: 'finding' | 'interpretation' | 'open-question' | 'background' = 'finding') => ({ text, kind, speaker: 'journalist' });

describe('markWriterOpinion', () => {
  it('reads the writer’s own first-person words as commentary', () => {
    expect(markWriterOpinion([journalist('What surprises me is how quickly the voles recovered.'), journalist('My guess is that the effect will fade.', 'interpretation')])).toEqual(['commentary', 'commentary']);
  });

  it('keeps the writer’s unknowns, quotations, other speakers and numerals that look like "I"', () => {
    expect(
      markWriterOpinion([
        journalist('I do not know whether it lasts.', 'open-question'),
        journalist('“I saw the spines regrow,” the lead author recalled.'),
        { text: 'I counted the spines twice.', kind: 'finding', speaker: 'Kenji Aoki' },
        journalist('The Phase I trial enrolled twelve patients.'),
      ]),
    ).toEqual(['open-question', 'finding', 'finding', 'finding']);
  });
});
