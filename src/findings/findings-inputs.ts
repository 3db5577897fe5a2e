/**
 * Everything besides the claims and sources that decides the findings, as paths from the
 * repository root: this code, the pipeline's tagger and word lists it calls, the labels, the
 * schemas, and the packages. Findings kept between builds are keyed by a digest of these
 * (src/findings/load-findings-export.ts); tests/unit/findings/findings-inputs.test.ts checks
 * that every project file the computation imports lies within.
 */
export const FINDINGS_INPUTS = ['src/findings', 'src/pipeline', 'src/schemas', 'src/labels', 'content/lexicons', 'content/glossary.yaml', 'package-lock.json'];
