import { populationWord, type SearchRecord } from '../../../src/search/search-record.ts';

/** A few search records written by hand from the seed sources, for the search tests. */
const base = {
  speciesBasis: 'sentence',
  study: 'Moda-Sava et al. 2019',
  sourceTitle: 'Ketamine and dendritic spines in stressed mice',
  sourceId: 'ketamine-spines-mouse-study-report',
  speaker: 'journalist',
  kind: 'finding',
  hedge: 'asserted',
  phases: [],
  topics: [],
} as const satisfies Partial<SearchRecord>;

type WrittenRecord = Omit<SearchRecord, 'population'>;

const written: WrittenRecord[] = [
  {
    ...base,
    id: 'spines-lost',
    text: 'They found that the mice demonstrating depression-like behaviors after experiencing the stressor lost dendritic spines more quickly than the control mice.',
    species: 'mouse',
    topics: ['Dendritic spines', 'Chronic stress'],
  },
  {
    ...base,
    id: 'pfc-connectivity',
    text: 'The team also saw that exposing experimental mice to stress led to poorer connectivity and coordination of neural activity in the prefrontal cortex.',
    species: 'mouse',
    topics: ['Prefrontal cortex', 'Brain circuits'],
  },
  {
    ...base,
    id: 'spine-formation-timing',
    text: 'Mice that received ketamine, they explain, showed behavioral improvements within 3 hours of treatment, but they only experienced new dendritic spine formation between 12 and 24 hours after the treatment.',
    species: 'mouse',
    phases: ['hours'],
    topics: ['Dendritic spines'],
  },
  {
    ...base,
    id: 'hippocampus-bmp',
    sourceId: 'knowridge-ketamine-quickly-and-over-time',
    sourceTitle: 'Ketamine works quickly and over time',
    study: null,
    speciesBasis: 'study',
    text: 'They also discovered that the long-term effects are related to a specific part of the brain called the hippocampus and a chemical pathway known as BMP signaling.',
    species: 'mouse',
    kind: 'finding',
    phases: ['long-term'],
    topics: ['Hippocampus', 'BMP signaling'],
  },
  {
    ...base,
    id: 'humans-hierarchy',
    sourceId: 'news-page-ketamine-brain-hierarchies',
    sourceTitle: 'Ketamine may treat depression by flattening the brain’s hierarchies',
    study: null,
    text: 'Ketamine may treat depression by flattening the brain’s hierarchies, small study suggests',
    species: 'human',
    kind: 'headline',
    hedge: 'hedged',
    topics: ['Brain hierarchy'],
  },
  {
    ...base,
    id: 'humans-synapses',
    sourceId: 'news-page-ketamine-brain-hierarchies',
    sourceTitle: 'Ketamine may treat depression by flattening the brain’s hierarchies',
    study: null,
    text: 'In the 11 men who took part, a single dose of ketamine appeared to increase the density of synapses 24 hours later, as measured by SV2A PET.',
    species: 'human',
    hedge: 'hedged',
    phases: ['hours'],
    topics: ['Synapses', 'SV2A PET imaging'],
  },
  {
    ...base,
    id: 'forum-opinion',
    sourceId: 'forum-thread-npr-repairing-brain-circuits',
    sourceTitle: 'Ketamine May Relieve Depression By Repairing Damaged Brain Circuits',
    study: null,
    speaker: 'forum',
    speciesBasis: 'none',
    text: 'I.e., they don’t know jack about what this drug does to spines.',
    species: 'none',
    kind: 'commentary',
    hedge: 'speculative',
    topics: ['Dendritic spines'],
  },
  {
    ...base,
    id: 'long-abstract',
    sourceId: 'forum-thread-npr-repairing-brain-circuits',
    sourceTitle: 'Ketamine May Relieve Depression By Repairing Damaged Brain Circuits',
    speaker: 'abstract',
    text:
      'Using two-photon imaging in the medial prefrontal cortex of mice exposed to chronic stress and treated with an antidepressant dose of ketamine, we tracked the same dendritic branches over many days, measured the activity of many hundreds of projection neurons at once, related it to behaviour in a test of motivated escape, and then, after all of that and a good deal more besides, we used a photoactivatable probe to erase the newly formed connections and saw that the effect on behaviour did not last, which points to a role for these structures in sustaining remission.',
    species: 'mouse',
    kind: 'method',
    topics: ['Two-photon imaging', 'Optogenetics', 'Prefrontal cortex', 'Dendritic spines'],
  },
];

/** The records with their population, as buildSearchRecords derives it from the species. */
export const records: SearchRecord[] = written.map((record) => ({ ...record, population: populationWord(record.species) }));

/** Ids of results, in order. */
export function ids(results: readonly { record: SearchRecord }[]): string[] {
  return results.map((result) => result.record.id);
}
