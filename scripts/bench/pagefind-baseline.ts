/**
 * What Pagefind downloads for a first search, measured by the author of issue #6 on the same
 * kind of claim records: the figure the search must beat at every corpus size.
 */
export const PAGEFIND_FIRST_SEARCH_BYTES: readonly { claims: number; bytes: number }[] = [
  { claims: 300, bytes: 91_000 },
  { claims: 3_000, bytes: 123_000 },
  { claims: 30_000, bytes: 301_000 },
  { claims: 100_000, bytes: 757_000 },
];

/**
 * Pagefind's first-search bytes at a number of claims, interpolated linearly in log(claims)
 * and log(bytes) between the two nearest measurements, and extended along the end segments
 * below 300 or above 100,000 claims. Four points are all there is: between them this is an
 * estimate, not a measurement.
 */
export function pagefindFirstSearchBytes(claims: number): number {
  if (!(claims > 0)) throw new Error('the number of claims must be above 0');
  const points = PAGEFIND_FIRST_SEARCH_BYTES;
  let upper = points.findIndex((point) => point.claims >= claims);
  if (upper <= 0) upper = upper === 0 ? 1 : points.length - 1;
  const from = points[upper - 1]!;
  const to = points[upper]!;
  const share = (Math.log(claims) - Math.log(from.claims)) / (Math.log(to.claims) - Math.log(from.claims));
  return Math.round(Math.exp(Math.log(from.bytes) + share * (Math.log(to.bytes) - Math.log(from.bytes))));
}
