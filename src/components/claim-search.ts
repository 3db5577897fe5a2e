import { hedgeLabels, kindLabels, phaseLabels, speakerLabel, speciesLabels } from '../labels/vocabulary-labels.ts';
import { facetCounts, facetKeys, parseViewState, type FacetKey, type ViewState } from '../search/facets.ts';
import { query, type SearchResult } from '../search/query.ts';
import type { SearchRecord } from '../search/search-record.ts';
import { loadSearchRecords } from './records-client.ts';
import { recordViewState, viewStateOfForm } from './view-state-history.ts';
import { revealEnhancements, showActiveFilters } from './reveal-enhancements.ts';
import { renderHighlighted } from './render-segments.ts';

/**
 * The search page's island: an ARIA combobox over a listbox of results. It wires keys and
 * form events to the pure `query` function; the records are fetched on first use.
 */

/** Results drawn at once; the count still reports them all. */
const maxShown = 60;

class ClaimSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #list!: HTMLUListElement;
  #status!: HTMLElement;
  #emptyHelp!: HTMLElement;
  #records: SearchRecord[] | null = null;
  #state: ViewState = { q: '', facets: {}, commentary: false };
  #active = -1;
  #timer: number | undefined;
  #results: SearchResult[] = [];

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('#search-input')!;
    this.#list = this.querySelector('#search-results')!;
    this.#status = this.querySelector('#search-status')!;
    this.#emptyHelp = this.querySelector('[data-empty-help]')!;
    revealEnhancements(this);

    this.#input.addEventListener('focus', () => void this.#ensureRecords(), { once: true });
    this.#input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => this.#update('replace'), 120);
    });
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    this.#form.addEventListener('change', (event) => {
      if (event.target === this.#input) return;
      this.#update('push');
    });
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.#active >= 0) this.#open(this.#active);
      else this.#update('push');
    });
    this.#list.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role=option]');
      if (option !== null) this.#open(Number(option.dataset.index));
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
      event.preventDefault();
      this.#input.focus();
      this.#input.select();
    });
    window.addEventListener('popstate', () => this.#fromUrl());
    this.#fromUrl();
  }

  /** Read the view from the URL (the header's form submits ?q=…) and show it. */
  #fromUrl(): void {
    this.#state = parseViewState(window.location.search);
    this.#input.value = this.#state.q;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = box.name === 'commentary' ? this.#state.commentary : (this.#state.facets[box.name as FacetKey] ?? []).includes(box.value);
    }
    const filtered = facetKeys.some((key) => (this.#state.facets[key] ?? []).length > 0);
    if (this.#state.q.trim() !== '' || filtered) void this.#run();
    else this.#render();
  }

  async #ensureRecords(): Promise<SearchRecord[] | null> {
    if (this.#records !== null) return this.#records;
    try {
      this.#records = await loadSearchRecords();
    } catch {
      this.#status.textContent = 'Search could not load its data. Reload the page to try again, or browse the claims page.';
    }
    return this.#records;
  }

  #readForm(): void {
    this.#state = viewStateOfForm(this.#form, this.#input.value);
  }

  #update(mode: 'push' | 'replace'): void {
    this.#readForm();
    recordViewState(this.#state, mode);
    void this.#run();
  }

  async #run(): Promise<void> {
    const records = await this.#ensureRecords();
    if (records === null) return;
    const filtered = facetKeys.some((key) => (this.#state.facets[key] ?? []).length > 0);
    const outcome = this.#state.q.trim() === '' && !filtered ? { results: [], terms: [] } : query(records, this.#state.q, this.#state);
    this.#results = outcome.results;
    this.#updateCounts(records);
    this.#render();
  }

  #updateCounts(records: SearchRecord[]): void {
    const matching = this.#state.q.trim() === '' ? records : query(records, this.#state.q, { facets: {}, commentary: true }).results.map((result) => result.record);
    const counts = facetCounts(matching, this.#state);
    for (const element of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [key, value] = element.dataset.countFor!.split(/:(.*)/s) as [FacetKey, string];
      const count = counts[key]?.get(value) ?? 0;
      element.textContent = String(count);
      element.closest('.facet-option')?.toggleAttribute('data-empty', count === 0);
    }
  }

  #render(): void {
    showActiveFilters(this);
    const shown = this.#results.slice(0, maxShown);
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#list.replaceChildren(...shown.map((result, index) => optionFor(result, index)));
    this.#input.setAttribute('aria-expanded', String(shown.length > 0));
    const hasQuery = this.#state.q.trim() !== '' || facetKeys.some((key) => (this.#state.facets[key] ?? []).length > 0);
    const total = this.#results.length;
    this.#emptyHelp.hidden = !(hasQuery && total === 0);
    if (!hasQuery) this.#status.textContent = '';
    else if (total === 0) this.#status.textContent = 'No results.';
    else {
      const more = total > shown.length ? `, showing the first ${shown.length}` : '';
      this.#status.textContent = `${total} ${total === 1 ? 'result' : 'results'}${more}.`;
    }
  }

  #onKey(event: KeyboardEvent): void {
    const count = this.#list.children.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#setActive(this.#active < 0 ? (step === 1 ? 0 : count - 1) : (this.#active + step + count) % count);
    } else if (event.key === 'Home' && this.#active >= 0) {
      event.preventDefault();
      this.#setActive(0);
    } else if (event.key === 'End' && this.#active >= 0) {
      event.preventDefault();
      this.#setActive(count - 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (this.#input.value === '' && this.#active < 0) return;
      this.#input.value = '';
      this.#update('replace');
    }
  }

  #setActive(index: number): void {
    const options = [...this.#list.children] as HTMLElement[];
    options.forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
    this.#active = index;
    const option = options[index];
    if (option === undefined) return;
    this.#input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  #open(index: number): void {
    const result = this.#results[index];
    if (result !== undefined) window.location.assign(`/claims/${result.record.id}/`);
  }
}

/** One result as a listbox option: the quote with matches marked, badges, where it is from. */
function optionFor(result: SearchResult, index: number): HTMLLIElement {
  const { record } = result;
  const option = document.createElement('li');
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.id = `search-result-${index}`;
  option.dataset.index = String(index);
  option.dataset.claim = record.id;

  const quote = document.createElement('p');
  quote.className = 'result-quote';
  renderHighlighted(quote, record.text, result.highlights);

  const badges = document.createElement('p');
  badges.className = 'badges';
  const fromStudy = record.speciesBasis === 'study';
  badges.append(
    badge(['badge', 'badge-species'], `${fromStudy ? '⚠ ' : ''}${speciesLabels[record.species].label}${fromStudy ? ' · study only' : ''}`, {
      species: record.species,
      basis: record.speciesBasis,
    }),
    ...record.phases.map((phase) => badge(['badge', 'badge-phase'], phaseLabels[phase].label, { phase })),
    badge(['badge', 'badge-hedge'], hedgeLabels[record.hedge].label, { hedge: record.hedge }),
    badge(['badge', 'badge-kind'], kindLabels[record.kind].label, { kind: record.kind }),
  );

  const meta = document.createElement('p');
  meta.className = 'claim-meta';
  meta.textContent = `${speakerLabel(record.speaker)} · ${record.sourceTitle}`;

  option.append(quote, badges, meta);
  return option;
}

function badge(classes: string[], text: string, data: Record<string, string>): HTMLSpanElement {
  const element = document.createElement('span');
  element.classList.add(...classes);
  element.textContent = text;
  for (const [key, value] of Object.entries(data)) element.dataset[key] = value;
  return element;
}

if (!customElements.get('claim-search')) customElements.define('claim-search', ClaimSearch);
