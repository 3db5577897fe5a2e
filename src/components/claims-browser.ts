import { facetKeys, parseViewState, serializeViewState } from '../search/facets.ts';
import { revealEnhancements, showActiveFilters } from './reveal-enhancements.ts';
import { viewStateOfForm } from './view-state-history.ts';

/**
 * The claims pages' island. The pages list the claims a page at a time, so filtering one
 * page could only ever say what that page holds: the facet form submits to /search/, which
 * filters every claim. This element reveals the controls that need JavaScript, names the
 * filters that are on, and sends an address from before pagination (/claims/?species=human)
 * on to the search page with the same view, instead of hiding cards after the first paint.
 */
class ClaimsBrowser extends HTMLElement {
  connectedCallback(): void {
    const state = parseViewState(window.location.search);
    if (state.q.trim() !== '' || facetKeys.some((key) => (state.facets[key] ?? []).length > 0)) {
      window.location.replace(`/search/${serializeViewState(state)}`);
      return;
    }
    revealEnhancements(this);
    const commentary = this.querySelector<HTMLInputElement>('#show-commentary');
    if (commentary !== null && state.commentary) commentary.checked = true;
    const form = this.querySelector<HTMLFormElement>('form.facets');
    form?.addEventListener('change', () => showActiveFilters(this));
    // The search page reads the same view from a tidier address than the form's own (no empty q=).
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      window.location.assign(`/search/${serializeViewState(viewStateOfForm(form, String(new FormData(form).get('q') ?? '')))}`);
    });
    // The reset happens after this event; read the cleared form on the next task.
    form?.addEventListener('reset', () => window.setTimeout(() => showActiveFilters(this)));
    showActiveFilters(this);
  }
}

if (!customElements.get('claims-browser')) customElements.define('claims-browser', ClaimsBrowser);
