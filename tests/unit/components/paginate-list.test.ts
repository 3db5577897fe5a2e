import { describe, expect, it } from 'vitest';
import { pageNumberOf, pageParameter, pagePath, paginateList, paginationModel } from '../../../src/components/paginate-list.ts';

const letters = [...'abcdefghij'];

describe('paginateList', () => {
  it('cuts ten items into pages of four, four and two', () => {
    const pages = paginateList(letters, '/claims/', 4);
    expect(pages.map((page) => page.items.join(''))).toEqual(['abcd', 'efgh', 'ij']);
    expect(pages.map((page) => page.firstIndex)).toEqual([0, 4, 8]);
    expect(pages.every((page) => page.pageCount === 3 && page.total === 10)).toBe(true);
  });

  it('keeps a list that fits on one page whole', () => {
    const pages = paginateList(letters, '/claims/', 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.items).toEqual(letters);
  });

  it('gives an empty list one empty page, so its address still exists', () => {
    expect(paginateList([], '/findings/', 4)).toEqual([{ items: [], pageNumber: 1, pageCount: 1, total: 0, firstIndex: 0, basePath: '/findings/' }]);
  });

  it('refuses a page size of zero or a fraction', () => {
    expect(() => paginateList(letters, '/claims/', 0)).toThrow(RangeError);
    expect(() => paginateList(letters, '/claims/', 2.5)).toThrow(RangeError);
  });
});

describe('page addresses', () => {
  it('keeps the list’s own address for page 1 and adds the number after', () => {
    expect(pagePath('/claims/', 1)).toBe('/claims/');
    expect(pagePath('/claims/', 2)).toBe('/claims/2/');
    expect(pageParameter(1)).toBeUndefined();
    expect(pageParameter(12)).toBe('12');
  });

  it('finds the page that holds an item', () => {
    expect(pageNumberOf(0, 4)).toBe(1);
    expect(pageNumberOf(3, 4)).toBe(1);
    expect(pageNumberOf(4, 4)).toBe(2);
    expect(pageNumberOf(9, 4)).toBe(3);
  });

  it('puts every item on the page that pageNumberOf names', () => {
    const pages = paginateList(letters, '/claims/', 3);
    letters.forEach((letter, index) => expect(pages[pageNumberOf(index, 3) - 1]!.items).toContain(letter));
  });
});

describe('paginationModel', () => {
  it('shows no bar for a list on one page', () => {
    expect(paginationModel(paginateList(letters, '/claims/', 10)[0]!)).toBeNull();
  });

  it('links the first page back to the list’s own address and says where the reader is', () => {
    const model = paginationModel(paginateList(letters, '/claims/', 4)[1]!, 'claims')!;
    expect(model.previous).toBe('/claims/');
    expect(model.next).toBe('/claims/3/');
    expect(model.label).toBe('Page 2 of 3');
    expect(model.range).toBe('Claims 5 to 8 of 10');
    expect(model.links).toEqual([
      { type: 'page', pageNumber: 1, href: '/claims/', current: false },
      { type: 'page', pageNumber: 2, href: '/claims/2/', current: true },
      { type: 'page', pageNumber: 3, href: '/claims/3/', current: false },
    ]);
  });

  it('has no previous link on the first page and no next link on the last', () => {
    const pages = paginateList(letters, '/claims/', 4);
    expect(paginationModel(pages[0]!)!.previous).toBeNull();
    expect(paginationModel(pages[2]!)!.next).toBeNull();
    expect(paginationModel(pages[2]!)!.range).toBe('Items 9 to 10 of 10');
  });

  it('folds far pages into gaps: 1 … 4 5 [6] 7 8 … 40', () => {
    const items = Array.from({ length: 400 }, (_, index) => index);
    const model = paginationModel(paginateList(items, '/claims/', 10)[5]!)!;
    expect(model.links.map((link) => (link.type === 'gap' ? '…' : link.current ? `[${link.pageNumber}]` : String(link.pageNumber))).join(' ')).toBe(
      '1 … 4 5 [6] 7 8 … 40',
    );
    expect(model.label).toBe('Page 6 of 40');
  });

  it('shows a single left-out page instead of a gap standing for it', () => {
    const items = Array.from({ length: 100 }, (_, index) => index);
    const model = paginationModel(paginateList(items, '/claims/', 10)[3]!)!;
    expect(model.links.map((link) => (link.type === 'gap' ? '…' : String(link.pageNumber))).join(' ')).toBe('1 2 3 4 5 6 … 10');
  });

  it('writes large numbers with thousands separators', () => {
    const items = Array.from({ length: 49_000 }, (_, index) => index);
    const model = paginationModel(paginateList(items, '/claims/', 150)[1]!, 'claims')!;
    expect(model.label).toBe('Page 2 of 327');
    expect(model.range).toBe('Claims 151 to 300 of 49,000');
  });
});
