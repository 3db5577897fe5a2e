import { describe, expect, it } from 'vitest';
import { markCommentary, markOutsideComment, markWriterOpinion } from '../../../src/pipeline/mark-commentary.ts';

describe('markOutsideComment', () => {
  it('reads every quoted sentence of an expert the page says was not involved as commentary, but keeps their open questions', () => {
    expect(
      markOutsideComment([
        { text: '“It is a clever result,” said Dr. Ines Moreau, a neurologist who was not involved in the study.', kind: 'interpretation', speaker: 'Ines Moreau' },
        { text: '“Patients improved for a week, which is remarkable.”', kind: 'finding', speaker: 'Ines Moreau' },
        { text: '“We still do not know whether it lasts.”', kind: 'open-question', speaker: 'Ines Moreau' },
        { text: 'Moreau added that the sample was small.', kind: 'background', speaker: 'Ines Moreau' },
      ]),
    ).toEqual(['commentary', 'commentary', 'open-question', 'background']);
  });

  it('leaves the researchers’ own quotes and the journalist’s prose alone', () => {
    expect(
      markOutsideComment([
        { text: '“The spines grew back within a day,” said Dr. Kenji Aoki, who led the study.', kind: 'finding', speaker: 'Kenji Aoki' },
        { text: 'Volunteers who were not involved in the first trial joined the second.', kind: 'method', speaker: 'journalist' },
        { text: '"Two doses worked better than one."', kind: 'finding', speaker: 'journalist' },
      ]),
    ).toEqual(['finding', 'method', 'finding']);
  });

  it('reads a private person named with their age telling their experience as commentary', () => {
    expect(
      markOutsideComment([
        { text: '“My sleep came back within a week,” said Tomas Berg, 63, who joined the trial in Oslo.', kind: 'finding', speaker: 'Tomas Berg' },
        { text: 'Lena, 29, recalls that the first dose made her dizzy.', kind: 'finding', speaker: 'journalist' },
        { text: 'Of the 40 patients, 12, or 30%, relapsed, the authors said.', kind: 'finding', speaker: 'authors' },
      ]),
    ).toEqual(['commentary', 'commentary', 'finding']);
  });
});

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

describe('markCommentary', () => {
  it('reads both outside comment and the writer’s own opinion as commentary, and keeps the rest', () => {
    const claims = [
      { text: 'Dr. Lee, who was not involved in the study, said the work was careful.', kind: 'background' as const, speaker: 'Lee' },
      { text: '“The mice recovered fast,” Lee said.', kind: 'finding' as const, speaker: 'Lee' },
      { text: 'I think the effect will fade.', kind: 'interpretation' as const, speaker: 'journalist' },
      { text: 'The mice recovered within a day.', kind: 'finding' as const, speaker: 'journalist' },
    ];
    expect(markCommentary(claims)).toEqual(['background', 'commentary', 'commentary', 'finding']);
  });
});
