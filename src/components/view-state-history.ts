import { serializeViewState, type ViewState } from '../search/facets.ts';

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
