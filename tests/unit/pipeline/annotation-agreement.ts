import { readFileSync } from 'node:fs';
import type { ExtractedSource } from '../../../src/pipeline/extract-claims.ts';

/**
 * The pipeline's agreement with a blind annotation, field by field (tests/fixtures/annotation/
 * README.md says how the annotations were made). Shared by the test on the seeds and the test on
 * the held-out sources.
 */

export interface Annotation {
  sourceId: string;
  text: string;
  disposition: string;
  species: string | null;
  speciesBasis: string | null;
  hedge: string | null;
  timescales: { phase: string }[] | null;
  speaker: string | null;
  study: string | null;
  clear: boolean;
}

export const FIELDS = ['disposition', 'species', 'speciesBasis', 'hedge', 'speaker', 'study', 'phases'] as const;
export type Field = (typeof FIELDS)[number];
type Labels = Record<Field, string | null>;

export interface Disagreement {
  field: Field;
  annotated: string | null;
  pipeline: string | null;
  text: string;
}

export interface Agreement {
  rates: Record<Field, { agree: number; total: number; rate: number }>;
  /** Clear units the pipeline has no unit for (the splitter changed since the annotation). */
  missing: string[];
  disagreements: Disagreement[];
}

export function readAnnotations(file: URL): Annotation[] {
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Annotation);
}

function phasesOf(timescales: readonly { phase: string }[]): string {
  return [...new Set(timescales.map((timescale) => timescale.phase))].sort().join(',');
}

function pipelineLabels(corpus: readonly ExtractedSource[]): Map<string, Labels[]> {
  const labels = new Map<string, Labels[]>();
  const add = (key: string, value: Labels) => labels.set(key, [...(labels.get(key) ?? []), value]);
  for (const { claims, exclusions } of corpus) {
    const units = [
      ...claims.map((claim) => ({
        start: claim.span.start,
        key: `${claim.sourceId}\n${claim.text}`,
        value: { disposition: claim.kind, species: claim.species, speciesBasis: claim.speciesBasis, hedge: claim.hedge.level, speaker: claim.speaker, study: claim.study, phases: phasesOf(claim.timescales) },
      })),
      ...exclusions.map((exclusion) => ({
        start: exclusion.span.start,
        key: `${exclusion.sourceId}\n${exclusion.text}`,
        value: { disposition: exclusion.reason, species: null, speciesBasis: null, hedge: null, speaker: null, study: null, phases: null },
      })),
    ].sort((a, b) => a.start - b.start);
    for (const unit of units) add(unit.key, unit.value);
  }
  return labels;
}

/**
 * Agreement on the clear units. A unit's claim fields are compared only where both sides made it
 * a claim; the disposition of every clear unit is compared.
 */
export function measureAgreement(annotations: readonly Annotation[], corpus: readonly ExtractedSource[]): Agreement {
  const ours = pipelineLabels(corpus);
  const taken = new Map<string, number>();
  const counts = Object.fromEntries(FIELDS.map((field) => [field, { agree: 0, total: 0 }])) as Record<Field, { agree: number; total: number }>;
  const missing: string[] = [];
  const disagreements: Disagreement[] = [];
  for (const annotation of annotations) {
    const key = `${annotation.sourceId}\n${annotation.text}`;
    const occurrence = taken.get(key) ?? 0;
    taken.set(key, occurrence + 1);
    if (!annotation.clear) continue;
    const labels = ours.get(key)?.[occurrence];
    if (labels === undefined) {
      missing.push(annotation.text);
      continue;
    }
    const theirs: Labels = { ...annotation, phases: annotation.timescales ? phasesOf(annotation.timescales) : null };
    for (const field of FIELDS) {
      if (field !== 'disposition' && (theirs.species === null || labels.species === null)) continue;
      counts[field].total++;
      if ((theirs[field] ?? null) === (labels[field] ?? null)) counts[field].agree++;
      else disagreements.push({ field, annotated: theirs[field] ?? null, pipeline: labels[field] ?? null, text: annotation.text });
    }
  }
  const rates = Object.fromEntries(FIELDS.map((field) => [field, { ...counts[field], rate: counts[field].total === 0 ? 0 : counts[field].agree / counts[field].total }])) as Agreement['rates'];
  return { rates, missing, disagreements };
}

/** One line: each field's agreement and how many units it was measured on. */
export function describeAgreement(agreement: Agreement): string {
  return FIELDS.map((field) => `${field} ${(100 * agreement.rates[field].rate).toFixed(1)}% of ${agreement.rates[field].total}`).join(' · ');
}
