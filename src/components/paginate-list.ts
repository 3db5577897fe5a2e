/**
 * Lists that grow with the corpus (claims, findings, studies, sources, timeline rows) are cut
 * into pages, so no page renders tens of thousands of cards. Page 1 keeps the list's own
 * address (/claims/), later pages add their number (/claims/2/). Pure: the pages'
 * getStaticPaths and the tests share it, and a test passes a small page size.
 */

/** Items per page: enough to scan a source's claims at once, few enough to render fast on a phone. */
export const defaultPageSize = 150;

/** Lists whose items are bigger than a claim card get smaller pages. */
export const pageSizes = {
  /** A finding shows two tellings and its flags: about three cards' worth. */
  findings: 50,
  /** A timeline row is a chart row and a table row. */
  timeline: defaultPageSize,
} as const;

/** One page of a list, with what its navigation needs. */
export interface ListPage<T> {
  items: T[];
  /** From 1. */
  pageNumber: number;
  pageCount: number;
  /** Items in the whole list. */
  total: number;
  /** The position in the whole list of this page's first item, from 0. */
  firstIndex: number;
  /** The list's own address, ending in a slash (/claims/). */
  basePath: string;
}

/** The address of page `pageNumber` of the list at `basePath`: the list's own for page 1. */
export function pagePath(basePath: string, pageNumber: number): string {
  return pageNumber <= 1 ? basePath : `${basePath}${pageNumber}/`;
}

/** The page (from 1) that holds the item at `index` (from 0). */
export function pageNumberOf(index: number, pageSize: number = defaultPageSize): number {
  return Math.floor(Math.max(0, index) / pageSize) + 1;
}

/** The route parameter of a `[...page].astro` file for a page: none for page 1, its number after. */
export function pageParameter(pageNumber: number): string | undefined {
  return pageNumber <= 1 ? undefined : String(pageNumber);
}

/** Cuts a list into pages of `pageSize`; an empty list still has one (empty) page, so its address exists. */
export function paginateList<T>(items: readonly T[], basePath: string, pageSize: number = defaultPageSize): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`a page holds a whole number of items from 1, not ${pageSize}`);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => ({
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    pageNumber: index + 1,
    pageCount,
    total: items.length,
    firstIndex: index * pageSize,
    basePath,
  }));
}

/** A link of the pagination bar: a page, or a gap (…) standing for pages left out. */
export type PageLink = { type: 'page'; pageNumber: number; href: string; current: boolean } | { type: 'gap' };

/** What the pagination bar shows for a page; null when the list fits on one page and needs none. */
export interface PaginationModel {
  pageNumber: number;
  pageCount: number;
  previous: string | null;
  next: string | null;
  links: PageLink[];
  /** "Page 2 of 9" */
  label: string;
  /** "Items 151 to 300 of 1,284" */
  range: string;
}

/**
 * The pagination bar of a page: previous and next, the first and last pages, and `around`
 * pages each side of the current one, with gaps for the rest (1 … 4 5 [6] 7 8 … 40).
 */
export function paginationModel(page: ListPage<unknown>, noun = 'items', around = 2): PaginationModel | null {
  const { pageNumber, pageCount, basePath } = page;
  if (pageCount <= 1) return null;
  const shown = new Set([1, pageCount]);
  for (let number = pageNumber - around; number <= pageNumber + around; number += 1) if (number >= 1 && number <= pageCount) shown.add(number);
  const links: PageLink[] = [];
  let last = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    // A gap of one page shows that page rather than an ellipsis standing for it.
    if (number - last === 2) links.push({ type: 'page', pageNumber: last + 1, href: pagePath(basePath, last + 1), current: false });
    else if (number - last > 2) links.push({ type: 'gap' });
    links.push({ type: 'page', pageNumber: number, href: pagePath(basePath, number), current: number === pageNumber });
    last = number;
  }
  const format = (value: number) => value.toLocaleString('en');
  return {
    pageNumber,
    pageCount,
    previous: pageNumber > 1 ? pagePath(basePath, pageNumber - 1) : null,
    next: pageNumber < pageCount ? pagePath(basePath, pageNumber + 1) : null,
    links,
    label: `Page ${format(pageNumber)} of ${format(pageCount)}`,
    range: `${noun[0]!.toUpperCase()}${noun.slice(1)} ${format(page.firstIndex + 1)} to ${format(page.firstIndex + page.items.length)} of ${format(page.total)}`,
  };
}
