import {
  hedgeLabels,
  kindLabels,
  noPhase,
  noPhaseLabel,
  phaseLabels,
  speakerLabel,
  speciesLabels,
} from '../labels/vocabulary-labels.ts';
import { claimKinds, hedgeLevels, phases, speciesValues } from '../schemas/vocabulary-values.ts';
import type { SearchRecord } from './search-record.ts';

/**
 * The facets readers filter claims by, shared by the claims page, the search page and the
 * build. A value's count is the number of claims that would remain if it were added,
 * given every other facet's selection: the usual faceted-search rule.
 */

export const facetKeys = ['species', 'phase', 'hedge', 'kind', 'source', 'speaker'] as const;
export type FacetKey = (typeof facetKeys)[number];

/** Selected values per facet; a facet with no values does not filter. */
export type FacetSelection = Partial<Record<FacetKey, readonly string[]>>;

/** Everything a filtered view of the claims depends on; what the URL holds. */
export interface ViewState {
  q: string;
  facets: FacetSelection;
  /** Show commentary (forum opinion, marketing) too; hidden by default. */
  commentary: boolean;
}

/** What the facets read of a record; the search index ships only this for records not yet fetched. */
export type FacetRecord = Pick<SearchRecord, 'species' | 'phases' | 'hedge' | 'kind' | 'sourceId' | 'speaker'>;

export const facetTitles: Record<FacetKey, string> = {
  species: 'Species',
  phase: 'Time after the dose',
  hedge: 'How firmly stated',
  kind: 'Kind of claim',
  source: 'Source',
  speaker: 'Who says it',
};

/** The value or values a record has for a facet. */
export function facetValuesOf(record: FacetRecord, key: FacetKey): readonly string[] {
  if (key === 'phase') return record.phases.length > 0 ? record.phases : [noPhase];
  return [singleValueOf(record, key)];
}

/**
 * Whether a record has any of the selected values for a facet: what `facetValuesOf` and
 * `includes` say, without building the array. Filtering and counting call this for every
 * match on every keystroke, tens of thousands of times on a large index.
 */
function hasSelectedValue(record: FacetRecord, key: FacetKey, selected: ReadonlySet<string> | readonly string[]): boolean {
  if (key !== 'phase') return contains(selected, singleValueOf(record, key));
  if (record.phases.length === 0) return contains(selected, noPhase);
  for (const phase of record.phases) if (contains(selected, phase)) return true;
  return false;
}

function contains(selected: ReadonlySet<string> | readonly string[], value: string): boolean {
  return Array.isArray(selected) ? selected.includes(value) : (selected as ReadonlySet<string>).has(value);
}

function singleValueOf(record: FacetRecord, key: Exclude<FacetKey, 'phase'>): string {
  switch (key) {
    case 'species':
      return record.species;
    case 'hedge':
      return record.hedge;
    case 'kind':
      return record.kind;
    case 'source':
      return record.sourceId;
    case 'speaker':
      return record.speaker;
  }
}

/** Commentary shows when asked for, or when the kind facet selects it by name. */
export function showsCommentary(state: Pick<ViewState, 'facets' | 'commentary'>): boolean {
  return state.commentary || (state.facets.kind ?? []).includes('commentary');
}

/** Whether a record passes every facet of the selection, ignoring `except` if given. */
export function passesFacets(
  record: FacetRecord,
  state: Pick<ViewState, 'facets' | 'commentary'>,
  except?: FacetKey,
): boolean {
  if (record.kind === 'commentary' && !showsCommentary(state)) return false;
  for (const key of facetKeys) {
    const selected = state.facets[key];
    if (key === except || selected === undefined || selected.length === 0) continue;
    if (!hasSelectedValue(record, key, selected)) return false;
  }
  return true;
}

/**
 * Per facet, per value: how many records would remain with that value selected. A record
 * counts toward a facet when it passes every other facet: in one pass, a record that fails no
 * selected facet counts everywhere, one that fails exactly one counts only there (where that
 * facet is ignored), and one that fails two counts nowhere. The search page runs this on
 * every keystroke over every match, so it reads each record once.
 */
export function facetCounts(
  records: readonly FacetRecord[],
  state: Pick<ViewState, 'facets' | 'commentary'>,
): Record<FacetKey, Map<string, number>> {
  const counts = Object.fromEntries(facetKeys.map((key) => [key, new Map<string, number>()])) as Record<
    FacetKey,
    Map<string, number>
  >;
  const selections = facetKeys
    .map((key) => ({ key, selected: new Set(state.facets[key] ?? []) }))
    .filter(({ selected }) => selected.size > 0);
  const commentaryShown = showsCommentary(state);
  const bump = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);
  const add = (key: FacetKey, record: FacetRecord) => {
    const map = counts[key];
    if (key !== 'phase') bump(map, singleValueOf(record, key));
    else if (record.phases.length === 0) bump(map, noPhase);
    else for (const phase of record.phases) bump(map, phase);
  };
  for (const record of records) {
    if (record.kind === 'commentary' && !commentaryShown) continue;
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const { key, selected } of selections) {
      if (hasSelectedValue(record, key, selected)) continue;
      failures += 1;
      failed = key;
      if (failures > 1) break;
    }
    if (failures === 0) for (const key of facetKeys) add(key, record);
    else if (failures === 1) add(failed!, record);
  }
  return counts;
}

/** One choice in a facet, with its reader-facing label. */
export interface FacetOption {
  value: string;
  label: string;
  description?: string;
}

/**
 * The options of every facet, in a fixed order: closed vocabularies in their declared
 * order, sources and speakers as the records have them (speakers by how often they speak).
 */
export function facetOptions(
  records: readonly SearchRecord[],
  sourceTitles: ReadonlyMap<string, string>,
): Record<FacetKey, FacetOption[]> {
  const speakers = new Map<string, number>();
  for (const record of records) speakers.set(record.speaker, (speakers.get(record.speaker) ?? 0) + 1);
  return {
    species: speciesValues.map((value) => ({ value, ...speciesLabels[value] })),
    phase: [...phases.map((value) => ({ value, ...phaseLabels[value] })), { value: noPhase, ...noPhaseLabel }],
    hedge: hedgeLevels.map((value) => ({ value, ...hedgeLabels[value] })),
    kind: claimKinds.map((value) => ({ value, ...kindLabels[value] })),
    source: [...sourceTitles].map(([value, label]) => ({ value, label })),
    speaker: [...speakers]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([value]) => ({ value, label: speakerLabel(value) })),
  };
}

/** Read a view from a query string; unknown parameters are ignored, unknown values kept harmlessly. */
export function parseViewState(search: string | URLSearchParams): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const facets: FacetSelection = {};
  for (const key of facetKeys) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value.length > 0 && value.length <= 100);
    if (values.length > 0) facets[key] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').slice(0, 1000), facets, commentary: params.get('commentary') === 'show' };
}

/** Write a view as a query string in a stable order ("" when nothing is selected). */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of facetKeys) for (const value of state.facets[key] ?? []) params.append(key, value);
  if (state.commentary) params.set('commentary', 'show');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
