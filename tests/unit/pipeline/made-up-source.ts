import { extractClaims, type ExtractedSource } from '../../../src/pipeline/extract-claims.ts';
import type { Species } from '../../../src/schemas/vocabulary.ts';

/** A source made up for a test: complete frontmatter around the given kind, study and body lines. */
export function extractMadeUpSource(options: { id: string; kind: string; study?: { id: string; population: Species }; body: readonly string[] }): ExtractedSource {
  const { id, kind, study, body } = options;
  const studies = study
    ? ['studies:', `  - id: ${study.id}`, `    label: ${study.id}`, '    citation: "A made-up study."', '    doi:', '    url:', `    population: ${study.population}`, '    peerReviewed:']
    : ['studies: []'];
  const text = ['---', `title: "${id}"`, 'titleIsEditorial: false', 'outlet:', 'url:', 'published:', `kind: ${kind}`, 'description: "Made up for a test."', ...studies, 'sections: []', '---', ...body, ''].join('\n');
  return extractClaims({ id, file: `${id}.md`, bytes: Buffer.from(text) });
}
