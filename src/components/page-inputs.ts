import { tellingNamer } from '../findings/find-findings.ts';
import { tellingOf } from '../findings/telling-of.ts';
import type { SourceEntry } from '../loaders/corpus-loaders.ts';
import type { Claim, Exclusion } from '../schemas/claim.ts';
import type { FindingGroup, FlagKind, SpinCheck } from '../schemas/finding.ts';
import { sourceKindNouns } from '../labels/vocabulary-labels.ts';
import { digestOf } from './digest-of.ts';
import type { FacetPanelData } from './facet-data.ts';
import type { ListPagesData } from './list-pages-data.ts';
import { pagePath, type ListPage } from './paginate-list.ts';
import { carriedOverToPeople } from './people-in-general.ts';
import { relatedClaimsOf } from './related-claims.ts';
import type { StudyView } from './studies-data.ts';
import { wordsKey } from './timeline-pages.ts';

/**
 * What each generated page renders, worked out once per build, and the key that lets a
 * rebuild reuse the page (Astro's `experimental.incrementalBuild`). A page is a function of
 * its code and its inputs: Astro hashes the code (every module the route imports, styles
 * included), and the cache key is the digest of the inputs. So each page's template reads
 * only its inputs, never the collections, and the inputs hold only what the page shows,
 * so that an edit elsewhere in the corpus leaves its key alone.
 */

/** What the header and footer of every page show, read by them through `layoutInputs`. */
export interface LayoutInputs {
  sourceCount: number;
}

/** The layout's inputs: anything the header or footer shows of the corpus belongs here, so every page's key covers it. */
export function layoutInputs(sources: readonly unknown[]): LayoutInputs {
  return { sourceCount: sources.length };
}

/** A page's cache key: its inputs and the layout's. */
export function cacheKeyOf(inputs: unknown, layout: LayoutInputs): string {
  return digestOf({ inputs, layout });
}

/** A finding as a claim's page mentions it. */
export interface FindingMention {
  id: string;
  label: string;
  sourceCount: number;
  tellingCount: number;
  flagKinds: FlagKind[];
}

/** A claim in a list, with its source's title. */
export interface ListedClaim {
  claim: Claim;
  sourceTitle: string;
}

/** Everything /claims/<id>/ shows. */
export interface ClaimPageInputs {
  claim: Claim;
  source: SourceEntry;
  /** The numbers of the summary's citations of this claim, in the summary's order. */
  citationNumbers: number[];
  findings: FindingMention[];
  related: ListedClaim[];
  links: ClaimListLinks;
  /** The words by which the claim carries an animal study's result over to people ("a person's"), or null. */
  carriedOverToPeople: string | null;
}

/**
 * Where a claim sits in the paginated lists: the /claims/ page holding its card, and per
 * timescale the /timeline/ page holding its row. They are the page's inputs like any other,
 * so a claim whose card moves to another page is rendered again; one that stays is reused.
 */
export interface ClaimListLinks {
  claims: string;
  /** One address per `claim.timescales` entry, in order. */
  timeline: string[];
}

/** Each claim's list links, from the paginated lists' lookups. */
export function claimListLinks({ claimsPageOf, timeline }: ListPagesData): (claim: Claim) => ClaimListLinks {
  return (claim) => ({
    claims: `${pagePath('/claims/', claimsPageOf.get(claim.id) ?? 1)}#claim-${claim.id}`,
    timeline: claim.timescales.map((timescale) =>
      timescale.fromHours === null && timescale.toHours === null
        ? `${pagePath('/timeline/', timeline.wordsPageOf.get(wordsKey(claim.id, timescale.phase)) ?? 1)}#words-${timescale.phase}`
        : `${pagePath('/timeline/', timeline.markPageOf.get(claim.id) ?? 1)}#mark-${claim.id}`,
    ),
  });
}

/** The inputs of every claim page, in the order of `claims`; shared lookups are built once, not once per page. */
export function claimPageInputs(
  claims: readonly Claim[],
  sourceById: ReadonlyMap<string, SourceEntry>,
  citations: readonly { claimId: string; number: number }[],
  groupsByClaim: ReadonlyMap<string, readonly FindingGroup[]>,
  linksOf: (claim: Claim) => ClaimListLinks,
): ClaimPageInputs[] {
  const citationNumbers = new Map<string, number[]>();
  for (const citation of citations) citationNumbers.set(citation.claimId, [...(citationNumbers.get(citation.claimId) ?? []), citation.number]);
  const related = relatedClaimsOf(claims);
  const titleOf = (sourceId: string) => sourceById.get(sourceId)?.title ?? sourceId;
  return claims.map((claim) => ({
    claim,
    source: sourceById.get(claim.sourceId)!,
    citationNumbers: citationNumbers.get(claim.id) ?? [],
    // The findings told by most sources first: the page shows the first two and folds the rest.
    findings: (groupsByClaim.get(claim.id) ?? [])
      .map((group) => ({
        id: group.id,
        label: group.label,
        sourceCount: group.sourceIds.length,
        tellingCount: group.claimIds.length,
        flagKinds: group.flags.map((flag) => flag.kind),
      }))
      .sort((a, b) => b.sourceCount - a.sourceCount || b.tellingCount - a.tellingCount || a.id.localeCompare(b.id)),
    related: (related.get(claim.id) ?? []).map((other) => ({ claim: other, sourceTitle: titleOf(other.sourceId) })),
    links: linksOf(claim),
    carriedOverToPeople: carriedOverToPeople(claim),
  }));
}

/** Everything /sources/<id>/ shows. */
export interface SourcePageInputs {
  source: SourceEntry;
  claims: Claim[];
  exclusions: Exclusion[];
}

/** Everything /findings/<id>/ shows: the group, and its tellings' claims and the titles of their sources. */
export interface FindingPageInputs {
  group: FindingGroup;
  claimById: ReadonlyMap<string, Claim>;
  sourceTitles: ReadonlyMap<string, string>;
  /** Each telling's name as the group's flags say it ("the paper's abstract (quoted in the forum thread)"), by src/findings/telling-of.ts id. */
  tellingNames: ReadonlyMap<string, string>;
}

// One namer per map of sources: names are told apart across all sources, so they are made from all of them, once.
const namers = new WeakMap<ReadonlyMap<string, SourceEntry>, (telling: string) => string>();

function tellingNameOf(sourceById: ReadonlyMap<string, SourceEntry>, telling: string): string {
  let namer = namers.get(sourceById);
  if (namer === undefined) namers.set(sourceById, (namer = tellingNamer([...sourceById.values()])));
  return namer(telling);
}

/**
 * A finding's page inputs: only the claims its tellings and label name, and their sources'
 * titles, not the sources' whole text: an edit elsewhere in a source leaves the pages of the
 * findings it tells as they were.
 */
export function findingPageInputs(group: FindingGroup, claimById: ReadonlyMap<string, Claim>, sourceById: ReadonlyMap<string, SourceEntry>): FindingPageInputs {
  const claims = new Map<string, Claim>();
  for (const claimId of [group.labelClaimId, ...group.members.map((member) => member.claimId)]) {
    const claim = claimById.get(claimId);
    if (claim !== undefined) claims.set(claimId, claim);
  }
  const sourceTitles = new Map<string, string>();
  for (const sourceId of [...[...claims.values()].map((claim) => claim.sourceId), ...group.members.map((member) => member.sourceId)]) {
    const source = sourceById.get(sourceId);
    if (source !== undefined) sourceTitles.set(sourceId, source.title);
  }
  const tellingNames = new Map<string, string>();
  for (const claim of claims.values()) tellingNames.set(tellingOf(claim), tellingNameOf(sourceById, tellingOf(claim)));
  return { group, claimById: claims, sourceTitles, tellingNames };
}

/** Everything /studies/<id>/ shows: the study with its claims, and each reporting source's title and spin check. */
export interface StudyPageInputs {
  study: StudyView;
  sourceTitles: ReadonlyMap<string, string>;
  /** Each source's kind as a sentence names it ("forum thread"; "source" for other kinds). */
  sourceKinds: ReadonlyMap<string, string>;
  spinBySource: ReadonlyMap<string, SpinCheck>;
  /** How many tellings report the study (src/findings/telling-of.ts): with one, no wording of it is more certain than another. */
  tellingCount: number;
}

/** A study's page inputs: the titles and spin checks of the sources whose claims report it. */
export function studyPageInputs(study: StudyView, sourceById: ReadonlyMap<string, SourceEntry>, spinBySource: ReadonlyMap<string, SpinCheck>): StudyPageInputs {
  const sourceIds = [...new Set(study.claims.map((claim) => claim.sourceId))];
  const sourceTitles = new Map<string, string>();
  const sourceKinds = new Map<string, string>();
  const spins = new Map<string, SpinCheck>();
  for (const sourceId of sourceIds) {
    const source = sourceById.get(sourceId);
    if (source !== undefined) {
      sourceTitles.set(sourceId, source.title);
      sourceKinds.set(sourceId, sourceKindNouns[source.kind]);
    }
    const spin = spinBySource.get(sourceId);
    if (spin !== undefined) spins.set(sourceId, spin);
  }
  const tellingCount = new Set(study.claims.filter((claim) => claim.kind !== 'commentary').map(tellingOf)).size;
  return { study, sourceTitles, sourceKinds, spinBySource: spins, tellingCount };
}

/** Everything a page of /claims/ shows: its claims, and the counts of the whole corpus its lede and filters give. */
export interface ClaimsListPageInputs {
  page: ListPage<Claim>;
  sourceCount: number;
  claimCount: number;
  commentaryCount: number;
  /** The filters' options and counts over every claim (the same object on every page). */
  facetPanel: FacetPanelData;
  /** The title of each source with claims on the page. */
  sourceTitles: ReadonlyMap<string, string>;
  /** The sources on the page whose first claim is on an earlier page: their heading says "(continued)". */
  continuedSources: ReadonlySet<string>;
}

/** A /claims/ page's inputs: what it lists and what it counts, not the sources' text. */
export function claimsListPageInputs(
  page: ListPage<Claim>,
  corpus: { sources: readonly SourceEntry[]; claims: readonly Claim[]; sourceById: ReadonlyMap<string, SourceEntry>; claimsBySource: ReadonlyMap<string, readonly Claim[]>; facetPanel: FacetPanelData },
  commentaryCount: number,
): ClaimsListPageInputs {
  const sourceTitles = new Map<string, string>();
  const continuedSources = new Set<string>();
  for (const claim of page.items) {
    if (sourceTitles.has(claim.sourceId)) continue;
    sourceTitles.set(claim.sourceId, corpus.sourceById.get(claim.sourceId)?.title ?? claim.sourceId);
    if (corpus.claimsBySource.get(claim.sourceId)?.[0] !== claim) continuedSources.add(claim.sourceId);
  }
  return { page, sourceCount: corpus.sources.length, claimCount: corpus.claims.length, commentaryCount, facetPanel: corpus.facetPanel, sourceTitles, continuedSources };
}

/** Everything a page of /findings/ shows: its groups with their tellings' claims and source titles, and how many groups there are. */
export interface FindingsListPageInputs {
  page: ListPage<FindingGroup>;
  groupCount: number;
  flaggedCount: number;
  claimById: ReadonlyMap<string, Claim>;
  sourceTitles: ReadonlyMap<string, string>;
  tellingNames: ReadonlyMap<string, string>;
}

/** How many groups there are, and how many of them are flagged: the same on every page of /findings/, so counted once. */
export function findingCounts(groups: readonly FindingGroup[]): { groupCount: number; flaggedCount: number } {
  return { groupCount: groups.length, flaggedCount: groups.filter((group) => group.flags.length > 0).length };
}

/** A /findings/ page's inputs: the finding pages' inputs of its groups, merged, and the counts of all groups. */
export function findingsListPageInputs(
  page: ListPage<FindingGroup>,
  counts: { groupCount: number; flaggedCount: number },
  claimById: ReadonlyMap<string, Claim>,
  sourceById: ReadonlyMap<string, SourceEntry>,
): FindingsListPageInputs {
  const claims = new Map<string, Claim>();
  const sourceTitles = new Map<string, string>();
  const tellingNames = new Map<string, string>();
  for (const group of page.items) {
    const inputs = findingPageInputs(group, claimById, sourceById);
    for (const [id, claim] of inputs.claimById) claims.set(id, claim);
    for (const [id, title] of inputs.sourceTitles) sourceTitles.set(id, title);
    for (const [telling, name] of inputs.tellingNames) tellingNames.set(telling, name);
  }
  return { page, ...counts, claimById: claims, sourceTitles, tellingNames };
}
