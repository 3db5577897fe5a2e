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

/** What the search page does with the address bar: record now, or once typing pauses. */
export interface ViewStateRecorder {
  /** `push` records at once (a reader's choice); `replace` waits for typing to pause. */
  record(state: ViewState, mode: 'push' | 'replace'): void;
  /** Records a waiting state now: before leaving the page, so Back returns to what was typed. */
  flush(): void;
  /** Forgets a waiting state: the address already changed under it (Back, Forward). */
  cancel(): void;
}

/**
 * Typing records its query in the address bar once the reader pauses, not on every key:
 * Chromium fetches and decodes the page's icon again on each history change, which cost the
 * main thread more per keystroke than drawing the results (measured in the search bench).
 */
export function createViewStateRecorder(
  write: (state: ViewState, mode: 'push' | 'replace') => void = recordViewState,
  pauseMs = 400,
): ViewStateRecorder {
  let waiting: ViewState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    waiting = null;
    clearTimeout(timer);
  };
  const flush = () => {
    const state = waiting;
    cancel();
    if (state !== null) write(state, 'replace');
  };
  return {
    record(state, mode) {
      if (mode === 'push') {
        cancel();
        write(state, 'push');
        return;
      }
      waiting = state;
      clearTimeout(timer);
      timer = setTimeout(flush, pauseMs);
    },
    flush,
    cancel,
  };
}
