import { getCollection } from 'astro:content';
import summaryMarkdown from '../../content/summary.md?raw';
import type { SourceEntry } from '../loaders/corpus-loaders.ts';
import { glossary } from '../labels/glossary-data.ts';
import type { CitableClaim } from '../remark/remark-claim-citations.ts';
import { renderSummary, type RenderedSummary } from '../remark/render-summary.ts';
import type { Claim, Exclusion } from '../schemas/claim.ts';
import { buildSearchRecords, type SearchRecord } from '../search/search-record.ts';
import { facetPanelData, type FacetPanelData } from './facet-data.ts';
import { groupBy } from '../pipeline/group-by.ts';

/**
 * Everything the pages read, loaded once per build: the three collections in reading
 * order (sources by title, claims and exclusions by position in their source), lookups,
 * the search records and the rendered summary. Pages stay thin by asking here.
 */
export interface SiteData {
  sources: SourceEntry[];
  claims: Claim[];
  exclusions: Exclusion[];
  sourceById: ReadonlyMap<string, SourceEntry>;
  claimById: ReadonlyMap<string, Claim>;
  claimsBySource: ReadonlyMap<string, Claim[]>;
  exclusionsBySource: ReadonlyMap<string, Exclusion[]>;
  searchRecords: SearchRecord[];
  /** The facet panel's options and counts over every claim: the same on every page that shows it, so worked out once. */
  facetPanel: FacetPanelData;
  summary: RenderedSummary;
}

let loading: Promise<SiteData> | null = null;

/** The site's data; the collections are read and the summary rendered once per build. */
export function siteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteData> {
  const [sourceEntries, claimEntries, exclusionEntries] = await Promise.all([
    getCollection('sources'),
    getCollection('claims'),
    getCollection('exclusions'),
  ]);
  const sources = sourceEntries.map((entry) => entry.data as SourceEntry).sort((a, b) => a.title.localeCompare(b.title));
  const sourceOrder = new Map(sources.map((source, index) => [source.id, index]));
  const byPosition = <T extends { sourceId: string; span: { start: number } }>(a: T, b: T) =>
    (sourceOrder.get(a.sourceId) ?? 0) - (sourceOrder.get(b.sourceId) ?? 0) || a.span.start - b.span.start;
  const claims = claimEntries.map((entry) => entry.data as Claim).sort(byPosition);
  const exclusions = exclusionEntries.map((entry) => entry.data as Exclusion).sort(byPosition);

  const claimById = new Map(claims.map((claim) => [claim.id, claim]));
  const citable = new Map<string, CitableClaim>(
    claims.map((claim) => [
      claim.id,
      { id: claim.id, text: claim.text, species: claim.species, speciesBasis: claim.speciesBasis, hedge: claim.hedge.level },
    ]),
  );
  const searchRecords = buildSearchRecords(claims, sources, glossary);
  return {
    sources,
    claims,
    exclusions,
    sourceById: new Map(sources.map((source) => [source.id, source])),
    claimById,
    claimsBySource: groupBy(claims, (claim) => claim.sourceId),
    exclusionsBySource: groupBy(exclusions, (exclusion) => exclusion.sourceId),
    searchRecords,
    facetPanel: facetPanelData(searchRecords, new Map(sources.map((source) => [source.id, source.title]))),
    summary: await renderSummary(summaryMarkdown, citable, glossary),
  };
}
