import { describe, expect, it } from 'vitest';
import { listSectionsOf } from '../../../src/pipeline/list-sections.ts';
import type { UnitType } from '../../../src/schemas/vocabulary.ts';

const unit = (text: string, unitType: UnitType = 'sentence', standalone = true) => ({ text, unitType, standalone });

describe('the lists a label heads', () => {
  it('files every unit under "References" as a citation up to the next heading, the label itself not', () => {
    const units = [
      unit('Ketamine lifts mood within hours in mice, the study found.', 'sentence', false),
      unit('## References', 'heading'),
      unit('Li N, et al. mTOR-dependent synapse formation underlies the rapid antidepressant effects of NMDA antagonists.', 'list-item'),
      unit('Science.', 'list-item', false),
      unit('2010;329(5994):959–964.', 'list-item', false),
      unit('## About the author', 'heading'),
      unit('Dana writes about the brain.', 'sentence'),
    ];
    expect(listSectionsOf(units)).toEqual([null, null, 'references', 'references', 'references', null, null]);
  });

  it('files only the list items right under "Related articles:" as promotions', () => {
    const units = [unit('**Related articles:**', 'fragment'), unit('- Why some antidepressants take weeks to work', 'list-item'), unit('- Psilocybin therapy: what the trials show', 'list-item'), unit('Ketamine remains off-label for depression in most countries.', 'sentence')];
    expect(listSectionsOf(units)).toEqual([null, 'promotions', 'promotions', null]);
  });

  it('takes a label only when it is the whole line', () => {
    const units = [unit('Sources close to the team say the trial will start soon.', 'sentence'), unit('The next sentence is a claim.', 'sentence')];
    expect(listSectionsOf(units)).toEqual([null, null]);
  });
});
