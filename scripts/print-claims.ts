// `npm run claims`: what the pipeline made of each source under content/sources/, as a table
// of its claims and its exclusion counts by reason, for whoever adds a document.
// `npm run claims -- path/to/new-source.md …` shows only the files named, wherever they are.
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { loadCorpus, sourceIdOf } from '../src/corpus/load-corpus.ts';
import { extractClaims, type ExtractedSource } from '../src/pipeline/extract-claims.ts';
import { SourceError } from '../src/pipeline/source-error.ts';
import { ExclusionReasonSchema } from '../src/schemas/vocabulary.ts';

const root = resolve(import.meta.dirname, '..');
const paths = process.argv.slice(2);

function cell(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

function print({ source, claims, exclusions }: ExtractedSource): void {
  console.log(`\n${source.title}\n${source.file} · ${claims.length} claims · ${exclusions.length} exclusions\n`);
  console.log(`${cell('kind', 15)}${cell('species', 17)}${cell('phase', 11)}${cell('hedge', 12)}${cell('speaker', 16)}text`);
  for (const claim of claims) {
    const species = claim.speciesBasis === 'sentence' || claim.speciesBasis === 'none' ? claim.species : `${claim.species} (${claim.speciesBasis})`;
    const phases = [...new Set(claim.timescales.map((timescale) => timescale.phase))].join(',') || '-';
    console.log(`${cell(claim.kind, 15)}${cell(species, 17)}${cell(phases, 11)}${cell(claim.hedge.level, 12)}${cell(claim.speaker, 16)}${cell(claim.text, 72)}`);
  }
  const counts = ExclusionReasonSchema.options.map((reason) => `${reason} ${exclusions.filter((exclusion) => exclusion.reason === reason).length}`);
  console.log(`\nexcluded: ${counts.join(' · ')}`);
}

try {
  const extracted =
    paths.length === 0
      ? loadCorpus(root)
      : paths.map((path) => extractClaims({ id: sourceIdOf(basename(path)), file: relative(root, resolve(path)), bytes: readFileSync(path) }));
  extracted.forEach(print);
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
