import { facetKeys, serializeViewState, type FacetKey, type ViewState } from '../search/facets.ts';

/**
 * Puts a view's state into the address bar, so a view can be shared and the back button
 * works: `push` for a reader's change, `replace` while typing. Nothing happens when the
 * address already says it.
 */
export function recordViewState(state: ViewState, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${serializeViewState(state)}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** A view's state as a facet form holds it: checked facet values, the commentary toggle, and the query given. */
export function viewStateOfForm(form: HTMLFormElement, q: string): ViewState {
  const data = new FormData(form);
  const facets: Partial<Record<FacetKey, string[]>> = {};
  for (const key of facetKeys) {
    const values = data.getAll(key).map(String);
    if (values.length > 0) facets[key] = values;
  }
  return { q, facets, commentary: data.get('commentary') === 'show' };
}
