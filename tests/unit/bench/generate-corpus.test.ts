import { describe, expect, it } from 'vitest';
import { readSourceFiles, SOURCES_DIRECTORY } from '../../../src/corpus/load-corpus.ts';
import { extractClaims } from '../../../src/pipeline/extract-claims.ts';
import { generateCorpus, generatedSourceId } from '../../../scripts/bench/generate-corpus.ts';
import { seedMaterialOf } from '../../../scripts/bench/seed-material.ts';

const root = new URL('../../../', import.meta.url).pathname;
const material = seedMaterialOf(readSourceFiles(root, SOURCES_DIRECTORY));

describe('generateCorpus', () => {
  it('gives the same files for the same seed and other files for another seed', () => {
    expect(generateCorpus(material, { count: 5, seed: 1 })).toEqual(generateCorpus(material, { count: 5, seed: 1 }));
    expect(generateCorpus(material, { count: 5, seed: 2 })).not.toEqual(generateCorpus(material, { count: 5, seed: 1 }));
  });

  it('starts a larger corpus with the smaller one, so that sizes differ only by what is added', () => {
    expect(generateCorpus(material, { count: 12, seed: 1 }).slice(0, 5)).toEqual(generateCorpus(material, { count: 5, seed: 1 }));
  });

  it('names sources bench-00001, bench-00002, … with no id twice', () => {
    const ids = generateCorpus(material, { count: 50, seed: 1 }).map((source) => source.id);
    expect(ids.slice(0, 2)).toEqual(['bench-00001', 'bench-00002']);
    expect(new Set(ids).size).toBe(50);
    expect(generatedSourceId(1999)).toBe('bench-02000');
  });

  it('writes sources that the real pipeline reads without complaint and turns into labelled claims', () => {
    for (const source of generateCorpus(material, { count: 3, seed: 1 })) {
      const extracted = extractClaims({ id: source.id, file: `bench/${source.id}.md`, bytes: new TextEncoder().encode(source.text) });
      expect(extracted.source.id).toBe(source.id);
      expect(extracted.source.studies.length).toBeGreaterThan(0);
      expect(extracted.claims.length).toBeGreaterThan(5);
      for (const claim of extracted.claims) {
        expect(claim.kind).toBeTruthy();
        expect(claim.hedge.level).toBeTruthy();
      }
    }
  });

  it('draws every sentence of its bodies from the seeds', () => {
    const [source] = generateCorpus(material, { count: 1, seed: 1 });
    const body = source!.text.split('\n---\n')[1]!;
    const paragraphs = body.split('\n\n').slice(1).map((paragraph) => paragraph.trim());
    const known = [...material.sentences, ...material.lines];
    for (const paragraph of paragraphs) expect(known.some((sentence) => paragraph.startsWith(sentence))).toBe(true);
  });
});
