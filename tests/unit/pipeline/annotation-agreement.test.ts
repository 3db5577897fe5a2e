import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { describeAgreement, FIELDS, measureAgreement, readAnnotations, type Agreement } from './annotation-agreement.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function report(name: string, agreement: Agreement): void {
  console.log(`${name}: ${describeAgreement(agreement)}`);
  if (process.env['SHOW_DISAGREEMENTS']) {
    for (const { field, annotated, pipeline, text } of agreement.disagreements) console.log(`  ${field}: annotated ${annotated}, pipeline ${pipeline} · ${text.slice(0, 100)}`);
  }
}

describe('agreement with a blind annotation of the seeds', () => {
  it('labels every field of at least 90% of the clear units as the annotator did', () => {
    const agreement = measureAgreement(readAnnotations(new URL('../../fixtures/annotation/seeds-blind.jsonl', import.meta.url)), loadCorpus(root, 'content/sources'));
    report('seeds', agreement);
    expect(agreement.missing, 'clear units the pipeline has no unit for').toEqual([]);
    for (const field of FIELDS) expect(agreement.rates[field].rate, field).toBeGreaterThanOrEqual(0.9);
  });
});

/*
 * Three sources the pipeline was not developed on (tests/fixtures/held-out/README.md), written
 * and labelled blind by someone who saw CLAIMS.md and no code. They say whether the rules
 * carry over to a new document.
 */
describe('agreement with a blind annotation of three new sources', () => {
  const agreement = measureAgreement(readAnnotations(new URL('../../fixtures/held-out/held-out-blind.jsonl', import.meta.url)), loadCorpus(root, 'tests/fixtures/held-out/sources'));

  it('has a unit for every clear annotation, and reports the agreement field by field', () => {
    report('new sources', agreement);
    expect(agreement.missing).toEqual([]);
  });

  // Measured 2026-12-04 before any rule was changed from these sources: disposition 43.3% of 67,
  // species 65.4%, basis 65.4%, hedge 92.3%, speaker 84.6%, study 69.2%, phases 100% of 26.
  it('keeps at least the agreement last measured on every field', () => {
    const floors = { disposition: 0.433, species: 0.654, speciesBasis: 0.654, hedge: 0.923, speaker: 0.846, study: 0.692, phases: 1 };
    for (const field of FIELDS) expect(agreement.rates[field].rate, field).toBeGreaterThanOrEqual(floors[field] - 0.0005);
  });

  it.fails('labels every field of at least 90% of the clear units as the annotator did, as on the seeds (not yet)', () => {
    for (const field of FIELDS) expect(agreement.rates[field].rate, field).toBeGreaterThanOrEqual(0.9);
  });
});
