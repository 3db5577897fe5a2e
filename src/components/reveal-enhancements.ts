/**
 * Show the parts of an island that need JavaScript, and open the filter panel where the
 * screen is wide enough to show it beside the results (on phones it stays folded).
 */
export function revealEnhancements(root: ParentNode): void {
  const wide = window.matchMedia('(min-width: 56rem)').matches;
  for (const element of root.querySelectorAll<HTMLElement>('[data-needs-js]')) {
    if (element instanceof HTMLDetailsElement && element.hasAttribute('data-open-wide')) element.open = wide;
    element.hidden = false;
  }
}

/** Name the facet values that are on in the filter panel's summary, so a folded panel still says what it filters. */
export function showActiveFilters(root: ParentNode): void {
  const target = root.querySelector('[data-active-filters]');
  if (target === null) return;
  const labels = [...root.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input:checked')].map(
    (input) => input.closest('label')?.querySelector('.label')?.textContent?.trim() ?? input.value,
  );
  target.textContent = labels.length === 0 ? '' : ` (on: ${labels.join(', ')})`;
}
