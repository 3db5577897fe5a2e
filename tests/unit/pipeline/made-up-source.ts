import { extractClaims, type ExtractedSource } from '../../../src/pipeline/extract-claims.ts';
import type { Species } from '../../../src/schemas/vocabulary.ts';

/** A study of a made-up source: its label defaults to its id. */
interface MadeUpStudy {
  id: string;
  label?: string;
  population: Species;
}

/** A source made up for a test: complete frontmatter around the given kind, studies and body lines. */
export function extractMadeUpSource(options: { id: string; kind: string; study?: MadeUpStudy; studies?: readonly MadeUpStudy[]; body: readonly string[] }): ExtractedSource {
  const { id, kind, body } = options;
  const listed = options.studies ?? (options.study ? [options.study] : []);
  const studies =
    listed.length > 0
      ? ['studies:', ...listed.flatMap((study) => [`  - id: ${study.id}`, `    label: ${study.label ?? study.id}`, '    citation: "A made-up study."', '    doi:', '    url:', `    population: ${study.population}`, '    peerReviewed:'])]
      : ['studies: []'];
  const text = ['---', `title: "${id}"`, 'titleIsEditorial: false', 'outlet:', 'url:', 'published:', `kind: ${kind}`, 'description: "Made up for a test."', ...studies, 'sections: []', '---', ...body, ''].join('\n');
  return extractClaims({ id, file: `${id}.md`, bytes: Buffer.from(text) });
}
