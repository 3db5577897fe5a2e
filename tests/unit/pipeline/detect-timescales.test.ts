import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTimescaleDetector,
  detectTimescales,
  parseTimescaleLexicons,
  phaseOf,
  type TimescaleLexiconTexts,
} from '../../../src/pipeline/detect-timescales.ts';
import { TimescaleSchema, type Timescale } from '../../../src/schemas/claim.ts';
import type { Phase } from '../../../src/schemas/vocabulary.ts';

type Expected = readonly [text: string, fromHours: number | null, toHours: number | null, phase: Phase];

/** The timescales of a sentence, each as [text, fromHours, toHours, phase], after checking every span. */
function read(sentence: string): Expected[] {
  const found = detectTimescales(sentence);
  for (const timescale of found) expect(sentence.slice(timescale.span.start, timescale.span.end)).toBe(timescale.text);
  return found.map((timescale) => [timescale.text, timescale.fromHours, timescale.toHours, timescale.phase]);
}

describe('detectTimescales: numbers of units and their qualifiers', () => {
  it('reads "within 3 hours" as 0 to 3 hours', () => {
    expect(read('Mice showed behavioral improvements within 3 hours of treatment.')).toEqual([['within 3 hours', 0, 3, 'hours']]);
  });

  it('reads "less than six hours" as 0 to 6 hours', () => {
    expect(read('After the mice got ketamine, it took less than six hours for the circuits to work better.')).toEqual([
      ['less than six hours', 0, 6, 'hours'],
    ]);
  });

  it('reads "At 24 hours after" as the point 24 hours, with the span in UTF-16 offsets', () => {
    expect(detectTimescales('At 24 hours after receiving just one dose of ketamine, the rodents recovered.')).toEqual([
      { text: 'At 24 hours after', span: { start: 0, end: 17 }, fromHours: 24, toHours: 24, phase: 'hours' },
    ]);
  });

  it('reads "between 12 and 24 hours after the treatment" as one timescale, 12 to 24 hours', () => {
    expect(read('New spines formed between 12 and 24 hours after the treatment.')).toEqual([
      ['between 12 and 24 hours after', 12, 24, 'hours'],
    ]);
  });

  it('keeps two timescales of one sentence in text order', () => {
    expect(
      read(
        'Mice showed behavioral improvements within 3 hours of treatment, but new spine formation only between 12 and 24 hours after the treatment.',
      ),
    ).toEqual([
      ['within 3 hours', 0, 3, 'hours'],
      ['between 12 and 24 hours after', 12, 24, 'hours'],
    ]);
  });

  it('reads "over 12 hours after" as 12 hours with no upper bound', () => {
    expect(read('The second phase was not apparent until over 12 hours after the ketamine infusion.')).toEqual([
      ['not apparent until over 12 hours after', 12, null, 'hours'],
    ]);
  });

  it('reads plain "12 hours after ketamine treatment" as the point 12 hours', () => {
    expect(read('Spines were counted 12 hours after ketamine treatment.')).toEqual([['12 hours after', 12, 12, 'hours']]);
  });

  it('reads "It wasn\'t until 12 hours after" as from 12 hours on, the negation included in the text', () => {
    expect(read("It wasn't until 12 hours after ketamine treatment that we really saw a big increase.")).toEqual([
      ["wasn't until 12 hours after", 12, null, 'hours'],
    ]);
  });

  it('reads un-negated "until 12 hours" as 0 to 12 hours', () => {
    expect(read('The effect lasted until 12 hours after the dose.')).toEqual([['until 12 hours after', 0, 12, 'hours']]);
  });

  it('reads "within one day" as 0 to 24 hours, which is still the hours phase', () => {
    expect(read('Ketamine improved depressive symptoms within one day.')).toEqual([['within one day', 0, 24, 'hours']]);
  });

  it('reads "2 to 7 days after treatment" as 48 to 168 hours, days', () => {
    expect(read('Spine restoration correlated with behavior 2 to 7 days after treatment.')).toEqual([
      ['2 to 7 days after', 48, 168, 'days'],
    ]);
  });

  it('reads "a week or more" as 168 hours with no upper bound, days', () => {
    expect(read('Ketamine can keep depression at bay for a week or more.')).toEqual([['for a week or more', 168, null, 'days']]);
  });

  it('reads "three to seven days" as 72 to 168 hours, days', () => {
    expect(read('The antidepressant effects lasting three to seven days were noted.')).toEqual([
      ['lasting three to seven days', 72, 168, 'days'],
    ]);
  });

  it('reads "within several weeks" as 0 to 504 hours (several = 3), weeks', () => {
    expect(read('Its effects do tend to wear off within several weeks.')).toEqual([['within several weeks', 0, 504, 'weeks']]);
  });

  it('reads "a few days or weeks" as a few days to a few weeks, 72 to 504 hours, days', () => {
    expect(read('Its effects typically wear off after a few days or weeks.')).toEqual([
      ['after a few days or weeks', 72, 504, 'days'],
    ]);
  });

  it('reads "within a few hours" as 0 to 3 hours (a few = 3)', () => {
    expect(read('Trials showed relief within a few hours of a single dose.')).toEqual([['within a few hours', 0, 3, 'hours']]);
  });

  it('reads "in just a couple of hours" as 0 to 2 hours', () => {
    expect(read('Was the drug really creating all these new synapses in just a couple of hours?')).toEqual([
      ['in just a couple of hours', 0, 2, 'hours'],
    ]);
  });

  it('reads "24 or 7 days after" as a list sharing the last unit: 7 to 24 days', () => {
    expect(read('Mood was scored 24 or 7 days after the dose.')).toEqual([['24 or 7 days after', 168, 576, 'days']]);
  });

  it('reads "24 hours or 7 days after" as a mixed list, 24 to 168 hours', () => {
    expect(read('Mood was scored 24 hours or 7 days after the dose.')).toEqual([['24 hours or 7 days after', 24, 168, 'hours']]);
  });

  it('reads "between 12 hours and 2 days after" as 12 to 48 hours', () => {
    expect(read('Spines grew between 12 hours and 2 days after dosing.')).toEqual([
      ['between 12 hours and 2 days after', 12, 48, 'hours'],
    ]);
  });

  it('reads "24+ hours" and "or longer" as open above', () => {
    expect(read('Relief lasted 24+ hours, and in some patients 3 days or longer.')).toEqual([
      ['24+ hours', 24, null, 'hours'],
      ['3 days or longer', 72, null, 'days'],
    ]);
  });

  it('reads "3 days or less" as 0 to 72 hours', () => {
    expect(read('Side effects resolved in 3 days or less.')).toEqual([['in 3 days or less', 0, 72, 'days']]);
  });

  it('does not join a year to a time across a comma ("In 2019, 3 days after")', () => {
    expect(read('In 2019, 3 days after the dose, mood was scored.')).toEqual([['3 days after', 72, 72, 'days']]);
  });

  it('reads "by 24 hours" as 0 to 24 hours', () => {
    expect(read('By 24 hours, mood had improved.')).toEqual([['By 24 hours', 0, 24, 'hours']]);
  });
});

describe('detectTimescales: unit spellings', () => {
  it('reads "24-48 hrs" as 24 to 48 hours', () => {
    expect(read('Spines were imaged 24-48 hrs after the dose.')).toEqual([['24-48 hrs after', 24, 48, 'hours']]);
  });

  it('reads an en dash range "24–48 h" the same way', () => {
    expect(read('Spines were imaged 24–48 h post-injection.')).toEqual([['24–48 h post', 24, 48, 'hours']]);
  });

  it('reads "30 min" as half an hour', () => {
    expect(read('Behavior was tested 30 min after injection.')).toEqual([['30 min after', 0.5, 0.5, 'hours']]);
  });

  it('reads "3 d" as 72 hours, days', () => {
    expect(read('Mice were imaged 3 d after ketamine.')).toEqual([['3 d after', 72, 72, 'days']]);
  });

  it('reads "2 wk" as 336 hours, weeks', () => {
    expect(read('Mice were imaged 2 wk after ketamine.')).toEqual([['2 wk after', 336, 336, 'weeks']]);
  });

  it('reads a unit glued to its number, "24h later"', () => {
    expect(read('Spines were counted 24h later.')).toEqual([['24h later', 24, 24, 'hours']]);
  });

  it('reads decimals, "1.5 hours"', () => {
    expect(read('Relief began 1.5 hours after the infusion.')).toEqual([['1.5 hours after', 1.5, 1.5, 'hours']]);
  });

  it('does not read "3 D" or "3D" as three days, nor "a d" as one day', () => {
    expect(read('We used 3D imaging and a 3 D reconstruction; see a d of the figure.')).toEqual([]);
  });
});

describe('detectTimescales: number words', () => {
  it('reads "half an hour" as 0.5 hours', () => {
    expect(read('Dissociation faded half an hour after the dose.')).toEqual([['half an hour after', 0.5, 0.5, 'hours']]);
  });

  it('reads "twenty-four hours" and "forty eight hours" as compound numbers', () => {
    expect(read('Mood was rated twenty-four hours and again forty eight hours after dosing.')).toEqual([
      ['twenty-four hours', 24, 24, 'hours'],
      ['forty eight hours after', 48, 48, 'days'],
    ]);
  });

  it('reads "an hour" and "a week" as one unit', () => {
    expect(read('Within an hour patients felt calmer, and a week later they still did.')).toEqual([
      ['Within an hour', 0, 1, 'hours'],
      ['a week later', 168, 168, 'days'],
    ]);
  });

  it('does not read "a single dose" or "a second dose" as a time', () => {
    expect(read('A single dose of ketamine was followed by a second dose.')).toEqual([]);
  });

  it('reads "1 second" but never "a second"', () => {
    expect(read('The spike came 1 second after the stimulus, before a second stimulus.')).toEqual([
      ['1 second after', 1 / 3600, 1 / 3600, 'hours'],
    ]);
  });
});

describe('detectTimescales: units with no number', () => {
  it('reads "in hours" as open bounds, hours', () => {
    expect(read('The anesthetic ketamine can relieve depression in hours.')).toEqual([['in hours', null, null, 'hours']]);
  });

  it('reads "hours later" as open bounds, hours', () => {
    expect(read('Then, hours later, it begins to restore faulty connections.')).toEqual([['hours later', null, null, 'hours']]);
  });

  it('reads "in the days and weeks after treatment" as one vague range, days', () => {
    expect(read('This could maintain the effects of ketamine in the days and weeks after treatment.')).toEqual([
      ['in the days and weeks after', null, null, 'days'],
    ]);
  });

  it('reads "within minutes" as hours and "in the months after" as long-term', () => {
    expect(read('Relief came within minutes, and relapse in the months after treatment.')).toEqual([
      ['within minutes', null, null, 'hours'],
      ['in the months after', null, null, 'long-term'],
    ]);
  });

  it('does not read a bare unit with nothing around it ("the days of the week")', () => {
    expect(read('The days of the week are named after gods.')).toEqual([]);
  });

  it('does not read "after hours" or "for years"', () => {
    expect(read('The clinic opens after hours and has done so for years.')).toEqual([]);
  });
});

describe('detectTimescales: words that name no number', () => {
  const sentence = (phrase: string): string => `Ketamine relieved depressive symptoms ${phrase}.`;

  it.each([
    ['almost immediately', 'hours'],
    ['rapidly', 'hours'],
    ['quickly', 'hours'],
    ['right away', 'hours'],
    ['in the long run', 'long-term'],
    ['over time', 'long-term'],
  ] as const)('reads "%s" as open bounds, %s', (phrase, phase) => {
    expect(read(sentence(phrase))).toEqual([[phrase, null, null, phase]]);
  });

  it.each([['longer-term'], ['long-term'], ['sustained'], ['lasting']] as const)(
    'reads "%s" before a noun as open bounds, long-term',
    (phrase) => {
      expect(read(`Ketamine has ${phrase} effects on mood.`)).toEqual([[phrase, null, null, 'long-term']]);
    },
  );

  it('reads "rapid and sustained" as two phases', () => {
    expect(read('Psychedelics produce rapid and sustained reductions in symptoms of mood disorders.')).toEqual([
      ['rapid', null, null, 'hours'],
      ['sustained', null, null, 'long-term'],
    ]);
  });

  it('prefers "almost immediately" to "immediately" inside it', () => {
    expect(read('The first phase happens almost immediately after ketamine enters the body.')).toEqual([
      ['almost immediately', null, null, 'hours'],
    ]);
  });

  it('counts "quickly" in a sentence about a drug ("the drug appears to quickly improve")', () => {
    expect(read('In mice, the drug appears to quickly improve the functioning of certain brain circuits.')).toEqual([
      ['quickly', null, null, 'hours'],
    ]);
  });

  it('does not count "quickly" in a sentence with no treatment or effect ("the information spreads quickly")', () => {
    expect(read('The information spreads quickly through the network.')).toEqual([]);
  });

  it('does not count "in the long run" or "long-term" when nothing in the sentence is about a treatment', () => {
    expect(read('In the long run, long-term memory depends on sleep.')).toEqual([]);
  });

  it('does not count a comparison of rates ("more quickly than the control mice")', () => {
    expect(read('Mice with depression-like behaviors lost dendritic spines more quickly than the control mice.')).toEqual([]);
  });

  it('does not count a vague word inside a compound the list does not name ("fast-growing", "short-lasting")', () => {
    expect(read('A fast-growing field studies short-lasting drug effects.')).toEqual([]);
  });

  it('counts a compound the list names ("fast-acting")', () => {
    expect(read('Ketamine is a fast-acting antidepressant.')).toEqual([['fast-acting', null, null, 'hours']]);
  });

  it('gives "rapidly (within one day)" one timescale, the numeric one', () => {
    expect(read('A single ketamine infusion rapidly (within one day) improved depressive symptoms.')).toEqual([
      ['within one day', 0, 24, 'hours'],
    ]);
  });
});

describe('detectTimescales: phrases that are never timescales', () => {
  it.each([
    'The Food and Drug Administration in March approved Spravato, a ketamine nasal spray.',
    'In 2019, esketamine received FDA approval.',
    'It is the first new antidepressant medication with a novel mechanism of action since the 1980s.',
    'The research, presented June 19 at the conference, studied ketamine.',
    'Sunday, June 22, 2025',
    "I remember in the early 2000's there was an ongoing study of a drug.",
    'Our knowledge of ketamine treatment will only increase in the coming years.',
    'An international team reported Thursday that the drug works.',
    'Doctors claim that benzos are safe 60 years after they were first introduced.',
    '5 years later breast cancer rates plummeted after the treatment was stopped.',
    'After several years researchers saw a stronger correlation with the drug.',
    'The drug was approved 20 years ago.',
    "Neuroplasticity lets the nervous system adapt throughout an organism's lifespan.",
    'A 30-year-old patient received ketamine.',
    'Mice aged 8 weeks received ketamine, as did 8-week-old rats and mice 10 weeks of age.',
    'Ketamine is the first new antidepressant in 30 years.',
    'A 24-hour news channel covered the drug.',
    'The dose was given at 8 a.m. each morning.',
    'Ketamine triggers a 2-step process that relieves depression.',
    'We used two-photon imaging after ketamine treatment.',
    'The 10-56A receptor binds the drug.',
    'For a ketamine consultation, please call our office at 212-335-0236.',
    'Q1 sales of the drug rose.',
    'A single dose of ketamine may reshape the brain.',
    'Ketamine could one day help millions of people with depression.',
    'One day in March the drug was approved.',
    'Patients took the drug every 3 hours, three times a week, 24 hours a day, or 2 h/day.',
    'Over the past two weeks, and last week too, the drug was scarce.',
    'Patients received a two-week course of ketamine, each dose a 40-minute infusion, in a day-long session.',
    'The drug has been sold for years and in recent years more so.',
  ])('finds nothing in "%s"', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('counts months and years tied to a treatment word ("6 months after the infusion")', () => {
    expect(read('Relapse was rare 6 months after the infusion and a year after ketamine treatment.')).toEqual([
      ['6 months after', 4380, 4380, 'weeks'],
      ['a year after', 8760, 8760, 'weeks'],
    ]);
  });

  it('counts a hyphenated compound that names a time point ("the 24-hour time point", "a 2-week follow-up")', () => {
    expect(read('Mood improved at the 24-hour time point and held at a 2-week follow-up.')).toEqual([
      ['at the 24-hour time point', 24, 24, 'hours'],
      ['2-week follow-up', 336, 336, 'weeks'],
    ]);
  });
});

describe('phaseOf', () => {
  it.each([
    [0, 3, 'hours'],
    [24, 24, 'hours'],
    [0, 24, 'hours'],
    [12, null, 'hours'],
    [25, 48, 'days'],
    [48, 168, 'days'],
    [168, null, 'days'],
    [312, 312, 'days'],
    [313, 313, 'weeks'],
    [0, 504, 'weeks'],
    [72, 504, 'days'],
    [4380, 4380, 'weeks'],
  ] as const)('puts %s to %s hours in the %s phase', (fromHours, toHours, phase) => {
    expect(phaseOf(fromHours, toHours)).toBe(phase);
  });

  it('takes the upper bound when the lower one is zero, and says nothing when both are open', () => {
    expect(phaseOf(0, 400)).toBe('weeks');
    expect(phaseOf(0, null)).toBeNull();
    expect(phaseOf(null, null)).toBeNull();
  });
});

describe('the time word lists', () => {
  const texts: TimescaleLexiconTexts = Object.fromEntries(
    (['units', 'numbers', 'qualifiers', 'vague', 'calendar', 'anchors', 'blockers'] as const).map((name) => [
      name,
      readFileSync(new URL(`../../../content/lexicons/time-${name}.txt`, import.meta.url), 'utf8'),
    ]),
  ) as unknown as TimescaleLexiconTexts;

  it('are data: changing "several" to 5 in time-numbers.txt changes the bounds', () => {
    const detect = createTimescaleDetector(
      parseTimescaleLexicons({ ...texts, numbers: texts.numbers.replace(/^3\s+several$/m, '5 several') }),
    );
    expect(detect('Its effects wear off within several weeks.').map((found) => found.toHours)).toEqual([840]);
  });

  it('name the file and line of a malformed entry', () => {
    expect(() => parseTimescaleLexicons({ ...texts, vague: '# header\nsoon-ish quickly\n' })).toThrow(
      'content/lexicons/time-vague.txt line 2: "soon-ish" is not a phase',
    );
  });
});

describe('detectTimescales: properties', () => {
  const vocabulary = [
    'within', 'less', 'than', 'over', 'at', 'between', 'and', 'or', 'to', '-', '–', 'more', 'after', 'later', 'until',
    "wasn't", 'not', 'a', 'an', 'few', 'couple', 'of', 'several', 'half', 'one', 'six', 'twenty', 'four', '3', '12',
    '24', '48', '1.5', '2,000', 'hours', 'hour', 'h', 'hrs', 'min', 'd', 'days', 'day', 'wk', 'weeks', 'months',
    'years', 'ago', 'old', 'per', 'every', 'March', 'the', 'in', 'long', 'run', 'term', 'rapidly', 'quickly', 'sustained',
    'ketamine', 'dose', 'mood', '(', ')', ',', '.', '+', '/', "'", '’', '\u{1F600}', 'é', '\uD800',
  ];
  const soup = fc
    .array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(' ', '', '  ', '\n')), { maxLength: 30 })
    .map((parts) => parts.map(([word, space]) => word + space).join(''));
  const anyText = fc.oneof(soup, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

  const check = (property: (found: Timescale[], text: string) => void): void => {
    fc.assert(
      fc.property(anyText, (text) => property(detectTimescales(text), text)),
      { numRuns: 1000 },
    );
  };

  it('never throws on any text', () => {
    check(() => undefined);
  });

  it('returns spans that slice back to each timescale text', () => {
    check((found, text) => {
      for (const timescale of found) expect(text.slice(timescale.span.start, timescale.span.end)).toBe(timescale.text);
    });
  });

  it('returns timescales in text order that never overlap', () => {
    check((found) => {
      for (let index = 1; index < found.length; index += 1) {
        expect(found[index]?.span.start).toBeGreaterThanOrEqual(found[index - 1]?.span.end ?? 0);
      }
    });
  });

  it('never sets a lower bound above the upper bound, and every timescale fits the schema', () => {
    check((found) => {
      for (const timescale of found) {
        if (timescale.fromHours !== null && timescale.toHours !== null) {
          expect(timescale.fromHours).toBeLessThanOrEqual(timescale.toHours);
        }
        expect(TimescaleSchema.parse(timescale)).toEqual(timescale);
      }
    });
  });

  it('gives the phase the rule gives whenever the bounds decide it', () => {
    check((found) => {
      for (const timescale of found) {
        const ruled = phaseOf(timescale.fromHours, timescale.toHours);
        if (ruled !== null) expect(timescale.phase).toBe(ruled);
      }
    });
  });
});
