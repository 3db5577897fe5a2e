import { facetKeys, parseViewState, serializeViewState, type FacetKey, type ViewState } from '../search/facets.ts';
import type { SearchResult } from '../search/query.ts';
import type { ShardedOutcome } from '../search/sharded-search.ts';
import { createSearchClient, type SearchClient } from './search-client.ts';
import { createViewStateRecorder, viewStateOfForm } from './view-state-history.ts';
import { revealEnhancements, showActiveFilters } from './reveal-enhancements.ts';
import { renderHighlighted } from './render-segments.ts';

/**
 * The search page's island: an ARIA combobox over a listbox of results. It wires keys and
 * form events to the search worker (src/components/search-client.ts), which fetches the
 * index in parts from the first use on; every keystroke searches at once, and an answer
 * overtaken by a newer query is never drawn.
 */

/**
 * Results drawn at first, and added by each "Show more": the worker fetches and fuse scores
 * only the records shown and a small margin (src/search/sharded-search.ts). On a large index
 * most of a keystroke's time is those fetches, a few milliseconds each even from a nearby
 * server, so ten (fifteen files) rather than twenty (twenty-five) took the slowest keystrokes
 * at 50,000 claims from about 115 to 85 ms (bench/report.md). Ten fill a phone's screen twice.
 * The count still reports every match.
 */
const pageSize = 10;

class ClaimSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #list!: HTMLUListElement;
  #status!: HTMLElement;
  #emptyHelp!: HTMLElement;
  #showMore!: HTMLButtonElement;
  #labels = new Map<string, string>();
  /** How many results the reader asked to see for the current view. */
  #shown = pageSize;
  #client: SearchClient | null = null;
  #history = createViewStateRecorder();
  #state: ViewState = { q: '', facets: {}, commentary: false };
  #active = -1;
  #results: SearchResult[] = [];
  /** The results the list shows, as ids and highlights. */
  #drawn = '[]';
  #total = 0;
  /** Counts runs, so that a slow answer never replaces a newer view. */
  #runs = 0;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('#search-input')!;
    this.#list = this.querySelector('#search-results')!;
    this.#status = this.querySelector('#search-status')!;
    this.#emptyHelp = this.querySelector('[data-empty-help]')!;
    this.#showMore = this.querySelector('[data-show-more]')!;
    this.#labels = facetLabels(this.#form);
    revealEnhancements(this);

    // Start the worker and fetch the index's head as soon as the reader is about to type.
    this.#input.addEventListener('focus', () => void this.#search({ q: '', facets: {}, commentary: false }), { once: true });
    this.#input.addEventListener('input', () => this.#update('replace'));
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
    this.#showMore.addEventListener('click', () => {
      this.#shown += pageSize;
      void this.#run();
    });
    this.#list.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role=option]');
      if (option !== null) this.#open(Number(option.dataset.index));
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      // Where the reader is typing, "/" is a character (isContentEditable covers inherited editing).
      if (target.isContentEditable || target.closest('input, textarea, select')) return;
      event.preventDefault();
      this.#input.focus();
      this.#input.select();
    });
    window.addEventListener('popstate', () => {
      this.#history.cancel();
      this.#fromUrl();
    });
    // Leaving while the address still waits for a typing pause: write it first, so Back returns to the query.
    window.addEventListener('pagehide', () => this.#history.flush());
    this.#fromUrl();
  }

  /** Read the view from the URL (the header's form submits ?q=…) and show it. */
  #fromUrl(): void {
    this.#state = parseViewState(window.location.search);
    this.#shown = pageSize;
    this.#input.value = this.#state.q;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = box.name === 'commentary' ? this.#state.commentary : (this.#state.facets[box.name as FacetKey] ?? []).includes(box.value);
    }
    const filtered = facetKeys.some((key) => (this.#state.facets[key] ?? []).length > 0);
    if (this.#state.q.trim() !== '' || filtered) void this.#run();
    else this.#render();
  }

  /** The outcome of a query, null when a newer one overtook it or the search could not run. */
  async #search(state: ViewState): Promise<ShardedOutcome | null> {
    this.#client ??= createSearchClient();
    try {
      return await this.#client.search(state.q, state, this.#shown);
    } catch {
      this.#status.textContent = 'Search could not load its data. Reload the page to try again, or browse the claims page.';
      return null;
    }
  }

  #readForm(): void {
    this.#state = viewStateOfForm(this.#form, this.#input.value);
  }

  #update(mode: 'push' | 'replace'): void {
    this.#readForm();
    this.#shown = pageSize;
    this.#history.record(this.#state, mode);
    void this.#run();
  }

  async #run(): Promise<void> {
    const state = this.#state;
    const run = ++this.#runs;
    const filtered = facetKeys.some((key) => (state.facets[key] ?? []).length > 0);
    if (state.q.trim() === '' && !filtered) {
      this.#results = [];
      this.#total = 0;
      this.#render();
      return;
    }
    const outcome = await this.#search(state);
    if (outcome === null || run !== this.#runs) return;
    this.#results = outcome.results;
    this.#total = outcome.total;
    this.#showCounts(outcome.counts);
    this.#render();
  }

  #showCounts(counts: ShardedOutcome['counts']): void {
    const byKey = new Map(facetKeys.map((key) => [key, new Map(counts[key])]));
    for (const element of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [key, value] = element.dataset.countFor!.split(/:(.*)/s) as [FacetKey, string];
      const count = String(byKey.get(key)?.get(value) ?? 0);
      // Most counts stay the same from one keystroke to the next; touching them anyway makes
      // the browser lay out the whole facet panel again.
      if (element.textContent === count) continue;
      element.textContent = count;
      element.closest('.facet-option')?.toggleAttribute('data-empty', count === '0');
    }
  }

  #render(): void {
    showActiveFilters(this);
    const shown = this.#results;
    // A keystroke that leaves the results as they are ("dendritic" to "dendritic s": one letter
    // is not a term) redraws nothing, and keeps the option the reader had chosen.
    const drawn = JSON.stringify(shown.map((result) => [result.record.id, result.highlights]));
    if (drawn !== this.#drawn) {
      this.#drawn = drawn;
      this.#active = -1;
      this.#input.removeAttribute('aria-activedescendant');
      this.#list.replaceChildren(...shown.map((result, index) => optionFor(result, index, this.#labelOf)));
    }
    this.#input.setAttribute('aria-expanded', String(shown.length > 0));
    const hasQuery = this.#state.q.trim() !== '' || facetKeys.some((key) => (this.#state.facets[key] ?? []).length > 0);
    const total = this.#total;
    this.#emptyHelp.hidden = !(hasQuery && total === 0);
    if (!hasQuery) this.#status.textContent = '';
    else if (total === 0) this.#status.textContent = 'No results.';
    else {
      // Without words there is nothing to rank by: filters alone list claims in reading order.
      const more = total > shown.length ? `, showing the ${this.#state.q.trim() === '' ? 'first' : 'best'} ${shown.length}` : '';
      this.#status.textContent = `${total} ${total === 1 ? 'result' : 'results'}${more}.`;
    }
    const left = total - shown.length;
    this.#showMore.hidden = !hasQuery || left <= 0;
    this.#showMore.textContent = `Show ${Math.min(pageSize, left)} more`;
    // Which view the list now shows, for tests and the benchmark to wait on.
    this.#list.dataset.view = serializeViewState(this.#state);
  }

  #labelOf = (key: FacetKey, value: string): string => this.#labels.get(`${key}:${value}`) ?? value;

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
    if (result === undefined) return;
    this.#history.flush();
    window.location.assign(`/claims/${result.record.id}/`);
  }
}

/**
 * Each facet value's label as the page's own facet form words it ("facet:value" → label): the
 * form offers every value the records use, so results need no copy of the site's vocabulary
 * in the script. Read once: looking labels up in the form for every badge of every result
 * cost more than the search itself.
 */
function facetLabels(form: HTMLFormElement): Map<string, string> {
  const labels = new Map<string, string>();
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const label = box.closest('label')?.querySelector('.label')?.textContent?.trim();
    if (label) labels.set(`${box.name}:${box.value}`, label);
  }
  return labels;
}

/** One result as a listbox option: the quote with matches marked, badges, where it is from. */
function optionFor(result: SearchResult, index: number, labelOf: (key: FacetKey, value: string) => string): HTMLLIElement {
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
    badge(['badge', 'badge-species'], `${fromStudy ? '⚠ ' : ''}${labelOf('species', record.species)}${fromStudy ? ' · study only' : ''}`, {
      species: record.species,
      basis: record.speciesBasis,
    }),
    ...record.phases.map((phase) => badge(['badge', 'badge-phase'], labelOf('phase', phase), { phase })),
    badge(['badge', 'badge-hedge'], labelOf('hedge', record.hedge), { hedge: record.hedge }),
    badge(['badge', 'badge-kind'], labelOf('kind', record.kind), { kind: record.kind }),
  );

  const meta = document.createElement('p');
  meta.className = 'claim-meta';
  meta.textContent = `${labelOf('speaker', record.speaker)} · ${record.sourceTitle}`;

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
