import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';

interface Annotation {
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

const root = fileURLToPath(new URL('../../../', import.meta.url));
const annotations: Annotation[] = readFileSync(new URL('../../fixtures/annotation/seeds-blind.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Annotation);

type Labels = Record<'disposition' | 'species' | 'speciesBasis' | 'hedge' | 'speaker' | 'study' | 'phases', string | null>;
const FIELDS = ['disposition', 'species', 'speciesBasis', 'hedge', 'speaker', 'study', 'phases'] as const;

function phasesOf(timescales: readonly { phase: string }[]): string {
  return [...new Set(timescales.map((timescale) => timescale.phase))].sort().join(',');
}

function pipelineLabels(): Map<string, Labels[]> {
  const labels = new Map<string, Labels[]>();
  const add = (key: string, value: Labels) => labels.set(key, [...(labels.get(key) ?? []), value]);
  for (const { claims, exclusions } of loadCorpus(root)) {
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

describe('agreement with a blind annotation of the seeds', () => {
  it('labels every field of at least 90% of the clear units as the annotator did', () => {
    const ours = pipelineLabels();
    const taken = new Map<string, number>();
    const agreement = Object.fromEntries(FIELDS.map((field) => [field, { agree: 0, total: 0 }]));
    for (const annotation of annotations) {
      const key = `${annotation.sourceId}\n${annotation.text}`;
      const occurrence = taken.get(key) ?? 0;
      taken.set(key, occurrence + 1);
      if (!annotation.clear) continue;
      const labels = ours.get(key)?.[occurrence];
      expect(labels, `the pipeline has no unit "${annotation.text}"`).toBeDefined();
      const theirs: Labels = { ...annotation, phases: annotation.timescales ? phasesOf(annotation.timescales) : null };
      for (const field of FIELDS) {
        // Claim fields are compared where both sides made the unit a claim.
        if (field !== 'disposition' && (theirs.species === null || labels!.species === null)) continue;
        agreement[field]!.total++;
        if ((theirs[field] ?? null) === (labels![field] ?? null)) agreement[field]!.agree++;
        else if (process.env['SHOW_DISAGREEMENTS']) console.log(`${field}: annotated ${theirs[field]}, pipeline ${labels![field]} · ${annotation.text.slice(0, 80)}`);
      }
    }
    const rates = Object.fromEntries(FIELDS.map((field) => [field, agreement[field]!.agree / agreement[field]!.total]));
    console.log(FIELDS.map((field) => `${field} ${(100 * rates[field]!).toFixed(1)}% of ${agreement[field]!.total}`).join(' · '));
    for (const field of FIELDS) expect(rates[field], field).toBeGreaterThanOrEqual(0.9);
  });
});
