/**
 * A synthetic corpus for the benchmark: sources made of the seeds' own sentences, recombined
 * by a seeded generator, so that the pipeline does the same kind of work on them as on the
 * seeds (claims, exclusions, labels) and every run builds the same files.
 *
 *   npx tsx scripts/bench/generate-corpus.ts --count=100 --out=node_modules/.cache/bench/corpus-100 [--seed=1]
 *
 * Source number i depends only on the seed and i, never on the count: the corpus of 500 starts
 * with the corpus of 100, so sizes differ only by what is added.
 */
import { fileURLToPath } from 'node:url';
import type { Study } from '../../src/schemas/source.ts';
import { sourceKinds, type Species } from '../../src/schemas/vocabulary-values.ts';
import type { SeedMaterial } from './seed-material.ts';
import { integerBetween, pick, seededRandom, type Random } from './seeded-random.ts';

/** One generated source file, ready to be written as `<id>.md`. */
export interface GeneratedSource {
  id: string;
  text: string;
}

export interface CorpusOptions {
  count: number;
  /** Which corpus: the same seed gives the same files. */
  seed: number;
}

/** Paragraphs per source: the seeds hold 19 to 268 units; most news articles fall in this range. */
const PARAGRAPHS = { from: 8, to: 24 } as const;
const SENTENCES_PER_PARAGRAPH = { from: 1, to: 3 } as const;
/** Share of paragraphs that are a lone heading, caption or navigation line, as web pages carry. */
const LONE_LINE_SHARE = 0.15;
const LONGEST_TITLE = 110;
const OUTLETS = ['Bench Daily', 'Generated Health News', 'The Synthetic Review', 'Neuro Notes', null] as const;
const POPULATIONS: readonly Species[] = ['mouse', 'human', 'rat', 'mixed', 'cells'];

/** The id of generated source number `index` (from 0); sorts in generation order. */
export function generatedSourceId(index: number): string {
  return `bench-${String(index + 1).padStart(5, '0')}`;
}

/** Generates `count` sources from the seeds' material. Pure: no clock, no files, no Math.random. */
export function generateCorpus(material: SeedMaterial, options: CorpusOptions): GeneratedSource[] {
  if (material.sentences.length === 0) throw new Error('the seeds hold no sentences to recombine');
  const short = material.sentences.filter((sentence) => sentence.length <= LONGEST_TITLE);
  const titles = short.length > 0 ? short : material.sentences;
  return Array.from({ length: options.count }, (_, index) => generateSource(material, titles, options.seed, index));
}

function generateSource(material: SeedMaterial, titles: readonly string[], seed: number, index: number): GeneratedSource {
  // One generator per source, seeded by its number: source i is the same in every corpus size.
  const random = seededRandom(Math.imul(seed, 0x9e3779b1) ^ (index + 1));
  const id = generatedSourceId(index);
  const title = pick(random, titles).replace(/[.:;]$/u, '');
  const paragraphs = Array.from({ length: integerBetween(random, PARAGRAPHS.from, PARAGRAPHS.to) }, () => paragraph(material, random));
  const frontmatter = [
    '---',
    `title: ${quoted(title)}`,
    'titleIsEditorial: false',
    field('outlet', optional(pick(random, OUTLETS))),
    field('url', random() < 0.6 ? `https://example.org/bench/${id}/` : ''),
    `published: ${publicationDate(random)}`,
    `kind: ${pick(random, sourceKinds)}`,
    `description: ${quoted(`A generated source for the benchmark: paragraphs recombined from the seed sources' sentences (corpus seed ${seed}).`)}`,
    'studies:',
    ...studiesOf(material, random, index).flatMap(studyLines),
    'sections: []',
    '---',
  ];
  return { id, text: `${frontmatter.join('\n')}\n${title}\n\n${paragraphs.join('\n\n')}\n` };
}

function paragraph(material: SeedMaterial, random: Random): string {
  if (material.lines.length > 0 && random() < LONE_LINE_SHARE) return pick(random, material.lines);
  const sentences = integerBetween(random, SENTENCES_PER_PARAGRAPH.from, SENTENCES_PER_PARAGRAPH.to);
  return Array.from({ length: sentences }, () => pick(random, material.sentences)).join(' ');
}

/**
 * One or two studies: half from the seeds, half from a pool of made-up studies that grows with
 * the corpus (about one for every ten sources), so the study pages grow with it too. A made-up
 * study's fields depend only on its number, so every source that reports it agrees.
 */
function studiesOf(material: SeedMaterial, random: Random, index: number): Study[] {
  const count = integerBetween(random, 1, 2);
  const studies = new Map<string, Study>();
  for (let drawn = 0; drawn < count; drawn += 1) {
    const study = material.studies.length > 0 && random() < 0.5 ? pick(random, material.studies) : generatedStudy(integerBetween(random, 0, Math.floor(index / 10)));
    studies.set(study.id, study);
  }
  return [...studies.values()];
}

function generatedStudy(number: number): Study {
  return {
    id: `bench-study-${number + 1}`,
    label: `Bench study ${number + 1}`,
    citation: `A made-up study, number ${number + 1}, for the benchmark; no such paper exists.`,
    doi: null,
    url: null,
    population: POPULATIONS[number % POPULATIONS.length]!,
    peerReviewed: [true, false, null][number % 3]!,
  };
}

function studyLines(study: Study): string[] {
  return [
    `  - id: ${study.id}`,
    `    label: ${quoted(study.label)}`,
    `    citation: ${quoted(study.citation)}`,
    field('    doi', optional(study.doi)),
    field('    url', optional(study.url)),
    `    population: ${study.population}`,
    field('    peerReviewed', study.peerReviewed === null ? '' : String(study.peerReviewed)),
  ];
}

/** A year, a year and month, or a full date, as editors write them; days stop at 28 so every one exists. */
function publicationDate(random: Random): string {
  const year = String(integerBetween(random, 2012, 2025));
  const month = String(integerBetween(random, 1, 12)).padStart(2, '0');
  const day = String(integerBetween(random, 1, 28)).padStart(2, '0');
  return pick(random, [year, `${year}-${month}`, `${year}-${month}-${day}`]);
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

function optional(value: string | null): string {
  return value === null ? '' : quoted(value);
}

/** A `key: value` line; an empty value leaves `key:` alone, which YAML reads as null. */
function field(key: string, value: string): string {
  return value === '' ? `${key}:` : `${key}: ${value}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Not a top-level await: write-corpus.ts imports this module, which must finish loading first.
  void import('./write-corpus.ts').then(({ writeGeneratedCorpusFromCommandLine }) => writeGeneratedCorpusFromCommandLine(process.argv.slice(2)));
}
