import { facetCounts, facetKeys, parseViewState, type FacetKey, type ViewState } from '../search/facets.ts';
import { query } from '../search/query.ts';
import type { SearchRecord } from '../search/search-record.ts';
import type { ClaimKind, HedgeLevel, Phase, Species, SpeciesBasis } from '../schemas/vocabulary.ts';
import { loadSearchRecords } from './records-client.ts';
import { recordViewState, viewStateOfForm } from './view-state-history.ts';
import { revealEnhancements, showActiveFilters } from './reveal-enhancements.ts';
import { renderHighlighted } from './render-segments.ts';

/**
 * The claims page's island: filters the server-rendered claim cards by facets and words,
 * keeps the view in the URL, and updates the counts. All the deciding is done by the pure
 * functions of src/search/; this element only reads and writes the DOM.
 */
class ClaimsBrowser extends HTMLElement {
  #form!: HTMLFormElement;
  #cards: HTMLElement[] = [];
  #records: SearchRecord[] = [];
  #fullRecords = false;
  #state: ViewState = { q: '', facets: {}, commentary: false };
  #typingTimer: number | undefined;

  connectedCallback(): void {
    this.#form = this.querySelector('form.facets')!;
    this.#cards = [...this.querySelectorAll<HTMLElement>('.claim-card')];
    this.#records = this.#cards.map(recordFromCard);
    revealEnhancements(this);

    this.#form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).id === 'claims-q') return;
      this.#readForm();
      this.#commit('push');
    });
    this.#form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).id !== 'claims-q') return;
      window.clearTimeout(this.#typingTimer);
      this.#typingTimer = window.setTimeout(() => {
        this.#readForm();
        this.#commit('replace');
      }, 150);
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#readForm();
      this.#commit('push');
    });
    this.#form.addEventListener('reset', () => {
      // The reset happens after this event; read the cleared form on the next task.
      window.setTimeout(() => {
        this.#readForm();
        this.#commit('push');
      });
    });
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
  }

  /** Take the view from the address bar, set the controls to match, and show it. */
  #fromUrl(): void {
    this.#state = parseViewState(window.location.search);
    this.#writeForm();
    void this.#apply();
  }

  #readForm(): void {
    this.#state = viewStateOfForm(this.#form, String(new FormData(this.#form).get('q') ?? ''));
  }

  #writeForm(): void {
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      if (input.name === 'commentary') input.checked = this.#state.commentary;
      else input.checked = (this.#state.facets[input.name as FacetKey] ?? []).includes(input.value);
    }
    const q = this.#form.querySelector<HTMLInputElement>('#claims-q');
    if (q !== null) q.value = this.#state.q;
  }

  #commit(mode: 'push' | 'replace'): void {
    recordViewState(this.#state, mode);
    void this.#apply();
  }

  async #apply(): Promise<void> {
    if (this.#state.q.trim() !== '' && !this.#fullRecords) {
      try {
        const byId = new Map((await loadSearchRecords()).map((record) => [record.id, record]));
        this.#records = this.#records.map((record) => byId.get(record.id) ?? record);
        this.#fullRecords = true;
      } catch {
        // Without the records the words are matched against the quotes alone.
      }
    }
    const state = this.#state;
    const outcome = query(this.#records, state.q, state);
    const shown = new Map(outcome.results.map((result) => [result.record.id, result]));
    this.#cards.forEach((card, index) => {
      const record = this.#records[index]!;
      const result = shown.get(record.id);
      card.hidden = result === undefined;
      const link = card.querySelector('blockquote a');
      if (link !== null) renderHighlighted(link, record.text, result?.highlights ?? []);
    });
    for (const group of this.querySelectorAll<HTMLElement>('.claim-group')) {
      group.hidden = group.querySelector('.claim-card:not([hidden])') === null;
    }
    // Counts follow the words too: among the claims the words match, how many per value.
    const matchingWords = state.q.trim() === '' ? this.#records : query(this.#records, state.q, { facets: {}, commentary: true }).results.map((result) => result.record);
    const counts = facetCounts(matchingWords, state);
    for (const element of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [key, value] = element.dataset.countFor!.split(/:(.*)/s) as [FacetKey, string];
      const count = counts[key]?.get(value) ?? 0;
      element.textContent = String(count);
      element.closest('.facet-option')?.toggleAttribute('data-empty', count === 0);
    }
    const status = this.querySelector('#claims-status');
    const noResults = this.querySelector<HTMLElement>('[data-no-results]');
    const total = outcome.results.length;
    const commentaryNote = state.commentary ? 'commentary shown' : 'commentary hidden';
    const filtered = state.q.trim() !== '' || facetKeys.some((key) => (state.facets[key] ?? []).length > 0);
    if (status !== null) {
      status.textContent = `${total} ${total === 1 ? 'claim' : 'claims'}${filtered ? ' match' : ''}, ${commentaryNote}.`;
    }
    if (noResults !== null) noResults.hidden = total > 0;
    showActiveFilters(this);
  }
}

/** A search record from a server-rendered card's data attributes, until the full records load. */
function recordFromCard(card: HTMLElement): SearchRecord {
  const data = card.dataset;
  const phases = (data.phase ?? 'none').split(' ').filter((phase) => phase !== 'none') as Phase[];
  return {
    id: data.claim!,
    text: card.querySelector('blockquote')?.textContent?.trim() ?? '',
    sourceId: data.source!,
    sourceTitle: '',
    speaker: data.speaker!,
    study: null,
    species: data.species as Species,
    speciesBasis: data.basis as SpeciesBasis,
    kind: data.kind as ClaimKind,
    hedge: data.hedge as HedgeLevel,
    phases,
    topics: [],
  };
}

if (!customElements.get('claims-browser')) customElements.define('claims-browser', ClaimsBrowser);
