import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { parseGlossary } from '../../../src/labels/glossary.ts';
import { buildSearchRecords, type SearchRecord } from '../../../src/search/search-record.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The real corpus's search records, in the site's order (sources by title, claims by position). */
export function corpusRecords(): SearchRecord[] {
  const corpus = loadCorpus(root).sort((a, b) => a.source.title.localeCompare(b.source.title));
  const glossary = parseGlossary(readFileSync(`${root}content/glossary.yaml`, 'utf8'));
  return buildSearchRecords(
    corpus.flatMap((entry) => entry.claims),
    corpus.map((entry) => entry.source),
    glossary,
  );
}

/**
 * A larger corpus made from the real one: each record's text is two real claims' sentences
 * joined, its labels those of the first (its source those of its run), chosen by a seeded generator so every run is the
 * same. Shaped like what adopters add (the same vocabulary, many more claims), for checks
 * that must hold as a corpus grows. As on the site, a source's records are neighbours: runs
 * of `claimsPerGrownSource`, near the 25 claims per source of the benchmark's generated
 * sources (the seeds average 48).
 */
export const claimsPerGrownSource = 25;

export function grownRecords(real: readonly SearchRecord[], count: number, seed = 1): SearchRecord[] {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32: small, fast, and the same sequence everywhere.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = () => real[Math.floor(next() * real.length)]!;
  let source = real[0]!;
  return Array.from({ length: count }, (_, index) => {
    const first = pick();
    const second = pick();
    // Each run takes the source of its first record: its title is searched too.
    if (index % claimsPerGrownSource === 0) source = first;
    const block = Math.floor(index / claimsPerGrownSource);
    return { ...first, id: `grown-${index}`, sourceId: `${source.sourceId}-${block}`, sourceTitle: source.sourceTitle, text: `${first.text} ${second.text}` };
  });
}
