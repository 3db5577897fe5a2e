import { facetKeys, showsCommentary, type FacetKey, type ViewState } from './facets.ts';

/**
 * Every record's facet values as numbers, for the search worker (src/search/facet-rows.ts
 * decodeFacetTable reads them from the index): the same filter and counts as
 * `passesFacets` and `facetCounts` (src/search/facets.ts), which the build and the claims page
 * use, but over typed arrays instead of strings and maps. At 50,000 claims a short query matches
 * half the corpus, and counting its facets value by value in maps took longer than ranking it.
 */
export interface FacetTable {
  count: number;
  /** Per facet, its values, by number; for `phase`, by bit, the last for none. */
  values: Record<FacetKey, readonly string[]>;
  /**
   * Per facet, each record's value number; for `phase`, a bit mask of its phases (bit i for
   * phases[i], the bit after them for a record with none).
   */
  codes: Record<FacetKey, Int32Array>;
}

/** The view's facet filter over the table: what `passesFacets` answers, by record number. */
export interface TableFilter {
  passes(number: number): boolean;
  /** Per facet, per value: how many of `numbers` it would leave, as `facetCounts` counts, values in the order first met. */
  counts(numbers: readonly number[]): Record<FacetKey, [string, number][]>;
}

export function tableFilter(table: FacetTable, state: Pick<ViewState, 'facets' | 'commentary'>): TableFilter {
  // The kind whose records are left out: commentary unless shown (no kind is numbered -1).
  const hidden = showsCommentary(state) ? -1 : table.values.kind.indexOf('commentary');
  const columns = facetKeys.map((key) => table.codes[key]);
  const isPhase = (key: FacetKey) => key === 'phase';
  // Per filtering facet, whether each code passes (for `phase`, each mask: any of its bits). A
  // value no record has selects nothing, but the facet still filters.
  const selections = facetKeys.flatMap((key, column) => {
    const selected = new Set(state.facets[key]);
    if (selected.size === 0) return [];
    const values = table.values[key];
    const passing = new Uint8Array(isPhase(key) ? 1 << values.length : values.length);
    passing.forEach((_, code) => (passing[code] = (isPhase(key) ? values.filter((_, bit) => (code & (1 << bit)) !== 0) : [values[code]!]).some((value) => selected.has(value)) ? 1 : 0));
    return [{ column, passing }];
  });
  /** The facet a record fails, -1 for none, -2 for two or more. */
  const failing = (number: number) => {
    let failed = -1;
    for (const { column, passing } of selections) {
      if (passing[columns[column]![number]!] === 1) continue;
      if (failed !== -1) return -2;
      failed = column;
    }
    return failed;
  };

  return {
    passes: (number) => table.codes.kind[number] !== hidden && failing(number) === -1,
    counts(numbers) {
      // Typed tallies, not maps of strings: at 50,000 claims a short query matches half of them.
      const tallies = facetKeys.map((key) => new Int32Array(table.values[key].length));
      const met = facetKeys.map(() => [] as number[]);
      const bump = (column: number, code: number) => {
        const tally = tallies[column]!;
        if ((tally[code] = tally[code]! + 1) === 1) met[column]!.push(code);
      };
      const add = (column: number, number: number) => {
        const code = columns[column]![number]!;
        if (!isPhase(facetKeys[column]!)) bump(column, code);
        else for (let bit = 0; bit < table.values.phase.length; bit += 1) if ((code & (1 << bit)) !== 0) bump(column, bit);
      };
      for (const number of numbers) {
        if (table.codes.kind[number] === hidden) continue;
        const failed = failing(number);
        if (failed === -1) for (let column = 0; column < columns.length; column += 1) add(column, number);
        else if (failed >= 0) add(failed, number);
      }
      return Object.fromEntries(
        facetKeys.map((key, column) => [key, met[column]!.map((code) => [table.values[key][code]!, tallies[column]![code]!])]),
      ) as Record<FacetKey, [string, number][]>;
    },
  };
}
