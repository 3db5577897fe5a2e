import type { Claim } from '../schemas/claim.ts';
import type { Source } from '../schemas/source.ts';
import type { HedgeLevel, Phase, Species } from '../schemas/vocabulary.ts';
import { speciesLabels } from '../labels/vocabulary-labels.ts';

/**
 * What the browser searches: one record per claim, built at build time and shipped as
 * static JSON (src/pages/search-records.json.ts). It carries the claim's own fields, plus
 * the few words from elsewhere (the source's title, the study's label, the topics' terms)
 * that a reader might type.
 */
export type SearchRecord = Pick<Claim, 'id' | 'text' | 'sourceId' | 'speaker' | 'species' | 'speciesBasis' | 'kind'> & {
  hedge: HedgeLevel;
  /** The phases of the claim's timescales, in order, without repeats. */
  phases: Phase[];
  sourceTitle: string;
  /** The study's short label ("Moda-Sava et al. 2019"), or null. */
  study: string | null;
  /** Glossary terms of the claim's topics, as readers spell them. */
  topics: string[];
  /**
   * Who was studied, in the species facet's word ("Mice"), searched with the quote
   * (src/search/search-fields.ts) so that "mice 24 hours" finds "At 24 hours ... the rodents";
   * null when no one was ("No population") or several kinds were ("Mixed").
   */
  population: string | null;
};

/** What a record needs to know about a source. */
export type SourceForSearch = Pick<Source, 'id' | 'title' | 'studies'>;

/** The glossary's words for a topic id. */
export interface TopicTerm {
  id: string;
  term: string;
}

/** Build the search records for a set of claims, in the order given. */
export function buildSearchRecords(
  claims: readonly Claim[],
  sources: readonly SourceForSearch[],
  topicTerms: readonly TopicTerm[],
): SearchRecord[] {
  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  const termsById = new Map(topicTerms.map((topic) => [topic.id, topic.term]));
  return claims.map((claim) => {
    const source = sourcesById.get(claim.sourceId);
    const study = source?.studies.find((candidate) => candidate.id === claim.study);
    return {
      id: claim.id,
      text: claim.text,
      sourceId: claim.sourceId,
      sourceTitle: source?.title ?? claim.sourceId,
      speaker: claim.speaker,
      study: study?.label ?? null,
      species: claim.species,
      speciesBasis: claim.speciesBasis,
      kind: claim.kind,
      hedge: claim.hedge.level,
      phases: [...new Set(claim.timescales.map((timescale) => timescale.phase))],
      topics: claim.topics.map((topic) => termsById.get(topic) ?? topic),
      population: populationWord(claim.species),
    };
  });
}

/** The word a reader types for a claim's population: the species facet's label, or null for none and mixed. */
export function populationWord(species: Species): string | null {
  return species === 'mixed' || species === 'none' ? null : speciesLabels[species].label;
}
