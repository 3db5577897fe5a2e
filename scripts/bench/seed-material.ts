import type { SourceFile } from '../../src/pipeline/extract-claims.ts';
import { decodeSourceText } from '../../src/pipeline/decode-source-text.ts';
import { parseFrontmatter } from '../../src/pipeline/parse-frontmatter.ts';
import { parseMarkdown } from '../../src/pipeline/parse-markdown.ts';
import { splitSentences } from '../../src/pipeline/split-sentences.ts';
import type { Study } from '../../src/schemas/source.ts';

/** What the generated corpus is made of: the seeds' own units of text and their studies. */
export interface SeedMaterial {
  /** Sentences of the seeds' bodies, each once, in the seeds' order. */
  sentences: string[];
  /** Headings and stand-alone fragments (titles, navigation, captions, bylines), each once. */
  lines: string[];
  /** The seeds' studies, each id once. */
  studies: Study[];
}

/**
 * Splits the seed sources into units with the pipeline's own parser, so that the generated
 * text breaks into sentences exactly where the seeds do.
 */
export function seedMaterialOf(files: readonly SourceFile[]): SeedMaterial {
  const sentences = new Set<string>();
  const lines = new Set<string>();
  const studies = new Map<string, Study>();
  for (const file of files) {
    const text = decodeSourceText(file.bytes, file.file);
    const { frontmatter, body, bodyStart } = parseFrontmatter(text, file.file);
    for (const study of frontmatter.studies) if (!studies.has(study.id)) studies.set(study.id, study);
    for (const unit of splitSentences(body, parseMarkdown(body), bodyStart)) {
      if (unit.unitType === 'sentence') sentences.add(unit.text);
      else if (unit.unitType === 'heading' || unit.unitType === 'fragment') lines.add(unit.text);
    }
  }
  return { sentences: [...sentences], lines: [...lines], studies: [...studies.values()] };
}
