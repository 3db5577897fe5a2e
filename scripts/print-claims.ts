// `npm run claims [-- path/to/source.md ...]`: what the pipeline made of each source, as a
// table of its claims and its exclusion counts by reason, for whoever adds a document.
import { basename, dirname, resolve } from 'node:path';
import { loadCorpus, SOURCES_DIRECTORY, sourceIdOf } from '../src/corpus/load-corpus.ts';
import { SourceError } from '../src/pipeline/source-error.ts';
import { ExclusionReasonSchema } from '../src/schemas/vocabulary.ts';

const root = resolve(import.meta.dirname, '..');
const only = new Set(process.argv.slice(2).map((path) => sourceIdOf(basename(path))));
const directories = new Set(process.argv.slice(2).map((path) => dirname(resolve(path))));
const directory = directories.size === 1 ? [...directories][0]! : resolve(root, SOURCES_DIRECTORY);

function cell(value: string, width: number): string {
  return value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);
}

try {
  const corpus = loadCorpus(root, directory.slice(root.length + 1) || SOURCES_DIRECTORY);
  for (const { source, claims, exclusions } of corpus) {
    if (only.size > 0 && !only.has(source.id)) continue;
    console.log(`\n${source.title}\n${source.file} · ${claims.length} claims · ${exclusions.length} exclusions\n`);
    console.log(`${cell('kind', 15)}${cell('species', 16)}${cell('phase', 10)}${cell('hedge', 12)}${cell('speaker', 18)}text`);
    for (const claim of claims) {
      const species = claim.speciesBasis === 'sentence' || claim.speciesBasis === 'none' ? claim.species : `${claim.species} (${claim.speciesBasis})`;
      const phases = [...new Set(claim.timescales.map((timescale) => timescale.phase))].join(',') || '-';
      console.log(`${cell(claim.kind, 15)}${cell(species, 16)}${cell(phases, 10)}${cell(claim.hedge.level, 12)}${cell(claim.speaker, 18)}${cell(claim.text, 70)}`);
    }
    const counts = ExclusionReasonSchema.options.map((reason) => `${reason} ${exclusions.filter((exclusion) => exclusion.reason === reason).length}`);
    console.log(`\nexcluded: ${counts.join(' · ')}`);
  }
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
