import fc from 'fast-check';
import { FORUM_HEDGE_PHRASES } from '../../fixtures/forum-hedge-phrases.ts';
import { describe, expect, it } from 'vitest';
import { classifyHedgeLevel } from '../../../src/pipeline/classify-hedge-level.ts';

/** The cue texts and levels of a sentence, in text order: the shape most expectations read. */
function cuesOf(text: string): [string, string][] {
  return classifyHedgeLevel(text).cues.map((cue) => [cue.text, cue.level]);
}

describe('classifyHedgeLevel: levels', () => {
  it('reads a plain statement as asserted, with no cues', () => {
    expect(classifyHedgeLevel('The Food and Drug Administration in March approved Spravato, a nasal spray.')).toEqual({ level: 'asserted', cues: [] });
  });

  it('reads boosters ("well documented", "actually") as asserted', () => {
    expect(classifyHedgeLevel('The effect is well documented and ketamine actually restores synapses.').level).toBe('asserted');
  });

  it('lets the strongest cue decide: "suggests" is hedged, "might" makes the sentence speculative', () => {
    expect(classifyHedgeLevel('This suggests that the drug might act on NMDA receptors.')).toEqual({
      level: 'speculative',
      cues: [
        { text: 'suggests', start: 5, end: 13, level: 'hedged' },
        { text: 'might', start: 28, end: 33, level: 'speculative' },
      ],
    });
  });

  it('reads a sentence with only hedged cues as hedged', () => {
    expect(classifyHedgeLevel('These findings suggest that ketamine is likely to act within hours.').level).toBe('hedged');
  });
});

describe('classifyHedgeLevel: hedged cues', () => {
  it('reads "may" as hedged', () => {
    expect(cuesOf('Ketamine may relieve depression.')).toEqual([['may', 'hedged']]);
  });

  it('reads "suggests", "suggested" and "suggest" as hedged', () => {
    expect(cuesOf('The research suggests that ketamine triggers a two-step process.')).toEqual([['suggests', 'hedged']]);
    expect(cuesOf('That finding suggested one way to relieve depression.')).toEqual([['suggested', 'hedged']]);
    expect(cuesOf('These data suggest a role for synapses.')).toEqual([['suggest', 'hedged']]);
  });

  it('reads "appears to" and "seemed to" as hedged', () => {
    expect(cuesOf('The effect appears to be mediated by AMPA receptors.')).toEqual([['appears to', 'hedged']]);
    expect(cuesOf('The drug seemed to be repairing brain circuits.')).toEqual([['seemed to', 'hedged']]);
  });

  it('reads "likely", "thought to" and "believed to" as hedged', () => {
    expect(cuesOf('Ketamine is likely to act within hours.')).toEqual([['likely', 'hedged']]);
    expect(cuesOf('Ketamine is thought to block NMDA receptors.')).toEqual([['thought to', 'hedged']]);
    expect(cuesOf('The receptor is believed to mediate the effect.')).toEqual([['believed to', 'hedged']]);
  });

  it('reads "hints" and "hint at" as hedged', () => {
    expect(cuesOf('Now scientists have found hints about how ketamine works in the brain.')).toEqual([['hints', 'hedged']]);
    expect(cuesOf('These data hint at a role for BDNF.')).toEqual([['hint at', 'hedged']]);
  });

  it('reads "we think" as hedged', () => {
    expect(cuesOf('This is a region of the brain that we think is important in depression.')).toEqual([['we think', 'hedged']]);
  });

  it('reads "indicate that" as hedged', () => {
    expect(cuesOf('These results indicate that ketamine restores synapses.')).toEqual([['indicate that', 'hedged']]);
  });

  it('reads "preliminary results" as hedged but not "a preliminary report"', () => {
    expect(cuesOf('The researchers announced their preliminary results.')).toEqual([['preliminary results', 'hedged']]);
    expect(cuesOf('Platelet activity in patients: a preliminary report.')).toEqual([]);
  });
});

describe('classifyHedgeLevel: speculative cues', () => {
  it('reads "might", "possibly" and "perhaps" as speculative', () => {
    expect(cuesOf('Ketamine might act on opioid receptors.')).toEqual([['might', 'speculative']]);
    expect(cuesOf('The effect is possibly due to BDNF.')).toEqual([['possibly', 'speculative']]);
    expect(cuesOf('Perhaps the effect is due to BDNF.')).toEqual([['Perhaps', 'speculative']]);
  });

  it('reads "One possibility" and "What we can imagine" as speculative', () => {
    expect(cuesOf('One possibility is that the synapses are restored spontaneously.')).toEqual([['One possibility', 'speculative']]);
    expect(cuesOf('What we can imagine is that ketamine always has this effect.')).toEqual([['we can imagine', 'speculative']]);
  });

  it('reads "somehow" and "a theory" as speculative', () => {
    expect(cuesOf('First, the drug somehow coaxes faulty brain circuits to function better.')).toEqual([['somehow', 'speculative']]);
    expect(cuesOf('There is a theory that ketamine acts on opioid receptors.')).toEqual([['a theory', 'speculative']]);
  });

  it('reads "unsure", "unclear" and "whether" as speculative', () => {
    expect(cuesOf('Researchers are still unsure how this substance acts in the brain.')).toEqual([['unsure', 'speculative']]);
    expect(cuesOf('The long-term effects are unclear.')).toEqual([['unclear', 'speculative']]);
    expect(cuesOf('We tested whether ketamine restores synapses.')).toEqual([['whether', 'speculative']]);
  });

  it('reads "known relatively little" and "remaining questions" as speculative', () => {
    expect(cuesOf('But scientists have known relatively little about how ketamine affects brain circuits.')).toEqual([['known relatively little', 'speculative']]);
    expect(cuesOf('But there are still many remaining questions, she says.')).toEqual([['remaining questions', 'speculative']]);
  });
});

describe('classifyHedgeLevel: negated certainty', () => {
  it('reads "it is not clear whether" as speculative', () => {
    expect(classifyHedgeLevel('It is not clear whether the effect lasts.')).toEqual({
      level: 'speculative',
      cues: [
        { text: 'not clear', start: 6, end: 15, level: 'speculative' },
        { text: 'whether', start: 16, end: 23, level: 'speculative' },
      ],
    });
  });

  it('reads "it remains unknown" and "is not known" as speculative', () => {
    expect(cuesOf('It remains unknown how ketamine works.')).toEqual([['remains unknown', 'speculative']]);
    expect(cuesOf('The mechanism is not known.')).toEqual([['not known', 'speculative']]);
  });

  it('reads a question as speculative, its question mark the cue, a quoted one too', () => {
    expect(cuesOf('Was the drug really creating all these new synapses in just a couple of hours?')).toEqual([['?', 'speculative']]);
    expect(classifyHedgeLevel('“Does ketamine restore the same synapses?”').level).toBe('speculative');
    expect(classifyHedgeLevel('**Was it really new synapses?**').level).toBe('speculative');
    // A question mark inside the sentence does not make the sentence a question.
    expect(classifyHedgeLevel('The title asked "Why ketamine?" and the study answered it.').level).toBe('asserted');
  });

  it('reads "remains to be determined" as speculative', () => {
    expect(cuesOf('Whether this holds in people remains to be determined.')).toEqual([
      ['Whether', 'speculative'],
      ['remains to be determined', 'speculative'],
    ]);
  });
});

describe('classifyHedgeLevel: words that look like hedges but are not', () => {
  it('reads "may" in "in May 2019" as no hedge', () => {
    expect(classifyHedgeLevel('The trial ended in May 2019.')).toEqual({ level: 'asserted', cues: [] });
  });

  it('reads "May" as no hedge after "since" and before a day', () => {
    expect(classifyHedgeLevel('Since May, the clinic has treated 40 patients.').level).toBe('asserted');
    expect(classifyHedgeLevel('May 3 was the first day of dosing.').level).toBe('asserted');
  });

  it('still reads the capitalised "May" of a headline as hedged', () => {
    expect(cuesOf('Ketamine May Relieve Depression By Repairing Damaged Brain Circuits')).toEqual([['May', 'hedged']]);
  });

  it('reads the modal "may" and the month in one sentence apart', () => {
    expect(cuesOf('Ketamine may relieve depression, the May 2019 study found.')).toEqual([['may', 'hedged']]);
  });

  it('reads factual "indicated" ("as indicated in Fig. 2", "indicated concentrations") as no hedge', () => {
    expect(classifyHedgeLevel('As indicated in Fig. 2, cells were treated with the indicated concentrations.')).toEqual({ level: 'asserted', cues: [] });
  });

  it('reads ability "can" as no hedge', () => {
    expect(classifyHedgeLevel('The anesthetic ketamine can relieve depression in hours.')).toEqual({ level: 'asserted', cues: [] });
    expect(classifyHedgeLevel('Ketamine can rapidly reduce suicidal thoughts.').level).toBe('asserted');
  });

  it('reads "could be relieving" as speculative where "can relieve" is not a hedge', () => {
    expect(cuesOf('That is one way that ketamine could be relieving depression in people.')).toEqual([['could be relieving', 'speculative']]);
  });

  it('reads "could explain" and "could have" as speculative', () => {
    expect(cuesOf('This could explain the rapid effect.')).toEqual([['could explain', 'speculative']]);
    expect(cuesOf('The drug could have other targets.')).toEqual([['could have', 'speculative']]);
  });

  it('reads past-ability "could not be detected" as no hedge', () => {
    expect(classifyHedgeLevel('The protein could not be detected in resting cells.').level).toBe('asserted');
  });

  it('reads "in mice" as no hedge: it belongs to species', () => {
    expect(cuesOf('In mice, the drug appears to quickly improve the functioning of certain brain circuits.')).toEqual([['appears to', 'hedged']]);
    expect(classifyHedgeLevel('In mice, ketamine restored lost spines.')).toEqual({ level: 'asserted', cues: [] });
  });

  it('reads "either ... or" naming treatment arms as no hedge', () => {
    expect(classifyHedgeLevel('Mice received either ketamine or saline.').level).toBe('asserted');
  });

  // BioScope never marks "associated with" (it occurs in 218 training sentences, never as a
  // cue), and "challenges associated with this drug" is no hedge; see bench/hedge.md.
  it('does not read "associated with" alone as a hedge', () => {
    expect(classifyHedgeLevel('Stress is associated with a loss of synapses.').level).toBe('asserted');
  });
});

describe('classifyHedgeLevel: conditionals', () => {
  it('reads "If that\'s true" as speculative, curly apostrophe or straight', () => {
    expect(cuesOf("If that's true, the next challenge is to maintain the circuits.")).toEqual([["If that's true", 'speculative']]);
    expect(cuesOf('If that’s true, the next challenge is to maintain the circuits.')).toEqual([['If that’s true', 'speculative']]);
  });

  it('reads "if so" as speculative', () => {
    expect(cuesOf('If so, relapse follows within weeks.')).toEqual([['If so', 'speculative']]);
  });
});

describe('classifyHedgeLevel: cue offsets', () => {
  it('gives UTF-16 offsets that slice back to the cue, after astral characters too', () => {
    const text = '🧠 Ketamine — “perhaps” — may help; whether it lasts is unclear.';
    const hedge = classifyHedgeLevel(text);
    expect(hedge.cues.map((cue) => cue.text)).toEqual(['perhaps', 'may', 'whether', 'unclear']);
    for (const cue of hedge.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
  });

  it('keeps cues in text order, apart, and slicing back for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('may', 'May', 'might', 'not', 'clear', 'whether', 'or', 'suggest', 'that', ' ', ',', '’s', 'é', '🧠', 'In', 'mice', 'if', 'so'), { maxLength: 30 }), (words) => {
        const text = words.join(' ');
        const { level, cues } = classifyHedgeLevel(text);
        cues.forEach((cue, index) => {
          expect(text.slice(cue.start, cue.end)).toBe(cue.text);
          if (index > 0) expect(cue.start).toBeGreaterThan((cues[index - 1] as { end: number }).end - 1);
        });
        expect(level === 'asserted').toBe(cues.length === 0);
      }),
      { numRuns: 500 },
    );
  });
});

// The NPR story quoted in the forum seed (content seed 001), verbatim, one paragraph a string.
const NPR_STORY = [
  'The anesthetic ketamine can relieve depression in hours and keep it at bay for a week or more.',
  'Now scientists have found hints about how ketamine works in the brain.',
  'In mice, the drug appears to quickly improve the functioning of certain brain circuits involved in mood, an international team reported Thursday in the journal Science. Then, hours later, it begins to restore faulty connections between cells in these circuits.',
  'The anesthetic version of ketamine has already been used to treat thousands of people with depression. But scientists have known relatively little about how ketamine and similar drugs affect brain circuits.',
  'The study offers "a substantial breakthrough" in scientists\' understanding, says Anna Beyeler, a neuroscientist at INSERM, the French equivalent of the National Institutes of Health, who wasn\'t involved in the research. But there are still many remaining questions, she says.',
  'Previous research has found evidence that ketamine was creating new synapses, the connections between brain cells. But the new study appears to add important details about how and when these new synapses affect brain circuits, says Ronald Duman, a professor of psychiatry and neuroscience at Yale University.',
  '"Stress is associated with a loss of synapses in this region of the brain that we think is important in depression," Liston says. And sure enough, the stressed-out mice lost a lot of synapses.',
  'In other words, the drug seemed to be repairing brain circuits that had been damaged by stress.',
  "That finding suggested one way that ketamine could be relieving depression in people. But it didn't explain how ketamine could work so quickly.",
  'The research suggests that ketamine triggers a two-step process that relieves depression.',
  'First, the drug somehow coaxes faulty brain circuits to function better temporarily. Then it provides a longer-term fix by restoring the synaptic connections between cells in a circuit.',
  "One possibility is that the synapses are restored spontaneously once the cells in a circuit begin firing in a synchronized fashion, says INSERM'S Beyeler, who wrote a commentary accompanying the study.",
  'The new study suggests not only how ketamine works but also why its effects typically wear off after a few days or weeks, she says. "What we can imagine is that ketamine always has this short-term antidepressant effect, but then if the synaptic changes are not maintained, you will have relapse," Beyeler says.',
  'If that\'s true, she says, scientists\' next challenge is to find a way to maintain the brain circuits that ketamine has restored."',
];

// A forum reader's list of the hedges in that story, as posted (seed 001), minus "In mice".
// The reader dropped one word from a quote; the story reads "region of the brain that we
// think is important", and that is where the cue must be caught.
const FORUM_HEDGES = FORUM_HEDGE_PHRASES;

/** Where `phrase` stands in `text`, ignoring case and the curly/straight apostrophe difference. */
function occurrences(text: string, phrase: string): { start: number; end: number }[] {
  const fold = (value: string): string => value.toLowerCase().replace(/’/g, "'");
  const haystack = fold(text);
  const needle = fold(phrase);
  const found: { start: number; end: number }[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push({ start: at, end: at + needle.length });
  return found;
}

describe('classifyHedgeLevel on the NPR story the forum picked apart', () => {
  for (const phrase of FORUM_HEDGES) {
    it(`catches "${phrase}" as a cue everywhere it stands in the story`, () => {
      let seen = 0;
      for (const paragraph of NPR_STORY) {
        const { cues } = classifyHedgeLevel(paragraph);
        for (const place of occurrences(paragraph, phrase)) {
          seen++;
          expect(cues.some((cue) => cue.start < place.end && cue.end > place.start), `${phrase} in: ${paragraph}`).toBe(true);
        }
      }
      expect(seen).toBeGreaterThan(0);
    });
  }

  it('catches "appears to" both times it stands in the story', () => {
    const places = NPR_STORY.flatMap((paragraph) => occurrences(paragraph, 'appears to'));
    expect(places).toHaveLength(2);
  });

  it('does not read "In mice" as a cue', () => {
    const paragraph = NPR_STORY[2] as string;
    const [place] = occurrences(paragraph, 'In mice');
    expect(classifyHedgeLevel(paragraph).cues.some((cue) => place !== undefined && cue.start < place.end && cue.end > place.start)).toBe(false);
  });

  it('reads the story\'s opening "can relieve depression" as asserted', () => {
    expect(classifyHedgeLevel(NPR_STORY[0] as string).level).toBe('asserted');
  });
});
