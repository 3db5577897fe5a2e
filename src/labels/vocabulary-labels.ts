import type {
  ClaimKind,
  ExclusionReason,
  HedgeLevel,
  Phase,
  SourceKind,
  SpeakerRole,
  Species,
  SpeciesBasis,
} from '../schemas/vocabulary-values.ts';

/**
 * The words readers see for each closed vocabulary of src/schemas/vocabulary.ts. Every page,
 * badge, facet and search result takes its labels from here, so a value is named one way
 * across the whole site. `Record<Enum, …>` makes TypeScript refuse a build that forgets one.
 */

/** A label and a one-sentence explanation for tooltips, facets and the method page. */
export interface Label {
  label: string;
  description: string;
}

export const speciesLabels: Record<Species, Label> = {
  mouse: { label: 'Mice', description: 'Evidence from experiments in mice.' },
  rat: { label: 'Rats', description: 'Evidence from experiments in rats.' },
  animal: { label: 'Animals', description: 'Evidence from animals whose species the text does not name ("preclinical", "animal studies").' },
  cells: { label: 'Cells', description: 'Evidence from cells or tissue in a dish, whatever organism they came from.' },
  human: { label: 'Humans', description: 'Evidence from people: patients, volunteers, clinical trials.' },
  mixed: { label: 'Mixed', description: 'The claim rests on more than one kind of evidence, as a review does.' },
  none: { label: 'No population', description: 'No study population: a definition, a regulatory fact or an opinion.' },
};

export const speciesBasisLabels: Record<SpeciesBasis, Label> = {
  sentence: { label: 'stated in the sentence', description: 'The sentence itself names who was studied.' },
  context: { label: 'stated nearby', description: 'The sentence does not say, but the passage around it is about one study whose population is named.' },
  study: { label: 'from study metadata only', description: 'The article never names the species; only the study it reports says so.' },
  none: { label: 'no population', description: 'The claim has no study population.' },
};

/** The warning a claim carries when only the study's metadata says who was studied. */
export function speciesBasisWarning(species: Species): string {
  const who = species === 'human' ? 'in people' : species === 'cells' ? 'in cells' : species === 'mixed' ? 'in these populations' : `in ${speciesLabels[species].label.toLowerCase()}`;
  return `The article does not say this was ${who}; the study it reports was.`;
}

export const phaseLabels: Record<Phase, Label> = {
  hours: { label: 'Hours', description: 'Within about a day of the dose.' },
  days: { label: 'Days', description: 'From one day to about two weeks after the dose.' },
  weeks: { label: 'Weeks', description: 'Two weeks or more after the dose.' },
  'long-term': { label: 'Long term', description: 'Said to last, without a number ("sustained", "in the long run").' },
};

/** The facet value for claims that state no time after the dose. */
export const noPhase = 'none' as const;
export const noPhaseLabel: Label = { label: 'No timescale', description: 'The claim gives no time after the dose.' };

export const hedgeLabels: Record<HedgeLevel, Label> = {
  asserted: { label: 'Asserted', description: 'Stated as fact.' },
  hedged: { label: 'Hedged', description: 'Stated as supported but tentative ("suggests", "may", "appears to").' },
  speculative: { label: 'Speculative', description: 'Conjecture, a possibility, or plainly unknown ("could", "might", "unclear").' },
};

export const kindLabels: Record<ClaimKind, Label> = {
  finding: { label: 'Finding', description: 'An observed or measured result of a study.' },
  method: { label: 'Method', description: 'What researchers did, not what they found.' },
  interpretation: { label: 'Interpretation', description: 'A proposed explanation, mechanism or implication.' },
  background: { label: 'Background', description: 'Context stated as already known: earlier studies, approvals, definitions.' },
  'open-question': { label: 'Open question', description: 'An explicit statement of what is not known.' },
  headline: { label: 'Headline', description: 'A title or headline that asserts something.' },
  commentary: { label: 'Commentary', description: 'Opinion that reports no evidence: forum posts, marketing, rhetoric.' },
};

export const exclusionReasonLabels: Record<ExclusionReason, Label> = {
  boilerplate: { label: 'Boilerplate', description: 'Navigation, buttons, sign-in prompts, comment widgets.' },
  advertisement: { label: 'Advertisement', description: 'Promotion, contact details, "read more" promos.' },
  duplicate: { label: 'Duplicate', description: 'Text repeated from earlier in the same source.' },
  metadata: { label: 'Metadata', description: 'Bylines, dates, image credits, bare URLs, section labels.' },
};

export const speakerRoleLabels: Record<SpeakerRole, Label> = {
  authors: { label: 'The study’s authors', description: 'The researchers who did the study.' },
  journalist: { label: 'The journalist', description: 'The article’s own voice.' },
  forum: { label: 'A forum participant', description: 'Someone posting in the forum thread.' },
  abstract: { label: 'The paper’s abstract', description: 'Text of a paper’s abstract.' },
  publisher: { label: 'The publisher', description: 'The site’s own promotion.' },
};

export const sourceKindLabels: Record<SourceKind, string> = {
  'news-article': 'News article',
  'forum-thread': 'Forum thread',
  'clinic-blog': 'Clinic blog post',
  'news-page': 'News page',
  'science-news': 'Science news',
  'press-release': 'Press release',
  'journal-article': 'Journal article',
  other: 'Other',
};

/** A source's kind as a sentence names it: "the title of the science news story". */
export const sourceKindNouns: Record<SourceKind, string> = {
  'news-article': 'news article',
  'forum-thread': 'forum thread',
  'clinic-blog': 'clinic blog post',
  'news-page': 'news page',
  'science-news': 'science news story',
  'press-release': 'press release',
  'journal-article': 'journal article',
  other: 'source',
};

/** A speaker as readers see it: a role's label, or the person's name as written. */
export function speakerLabel(speaker: string): string {
  return speaker in speakerRoleLabels ? speakerRoleLabels[speaker as SpeakerRole].label : speaker;
}
