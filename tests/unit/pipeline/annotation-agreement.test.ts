import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import { describeAgreement, FIELDS, measureAgreement, readAnnotations, type Agreement, type Field } from './annotation-agreement.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Prints a set's agreement, and with SHOW_DISAGREEMENTS its disagreements unless the set is sealed. */
function report(name: string, agreement: Agreement, sealed = false): void {
  console.log(`${name}: ${describeAgreement(agreement)}`);
  if (process.env['SHOW_DISAGREEMENTS'] && !sealed) {
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

/**
 * A set of new sources, written and labelled blind by someone who saw CLAIMS.md and no code:
 * its agreement is reported, held at the level last measured, and the seeds' 90% is asserted as
 * an expected failure, so the day a set reaches it this turns red.
 */
function describeNewSources(name: string, folder: string, floors: Record<Field, number>, { sealed = false } = {}): void {
  describe(`agreement with a blind annotation of ${name} (tests/fixtures/${folder}/)`, () => {
    const agreement = measureAgreement(readAnnotations(new URL(`../../fixtures/${folder}/held-out-blind.jsonl`, import.meta.url)), loadCorpus(root, `tests/fixtures/${folder}/sources`));

    it('has a unit for every clear annotation, and reports the agreement field by field', () => {
      report(name, agreement, sealed);
      expect(agreement.missing).toEqual([]);
    });

    it('keeps at least the agreement last measured on every field', () => {
      for (const field of FIELDS) expect(agreement.rates[field].rate, field).toBeGreaterThanOrEqual(floors[field] - 0.0005);
    });

    it.fails('labels every field of at least 90% of the clear units as the annotator did, as on the seeds (not yet)', () => {
      for (const field of FIELDS) expect(agreement.rates[field].rate, field).toBeGreaterThanOrEqual(0.9);
    });
  });
}

/*
 * The first three new sources (held-out/README.md). Measured 2026-12-04 before any rule was
 * changed from them: disposition 43.3% of 67, species 65.4%, basis 65.4%, hedge 92.3%, speaker
 * 84.6%, study 69.2%, phases 100% of 26. The rules they showed missing were then written as
 * general rules (page widgets, a forum's block quotes, headings that ask, bold questions alone,
 * a claim that names another population than its study), with the seeds' labels unchanged:
 * disposition 89.6%, species 84.6%, basis 84.6%, hedge 92.3%, speaker 100%, study 84.6%, phases
 * 100%. From then on these sources measure fit, not generalisation. After the fourth set's rules:
 * disposition 91.0%, species 88.5%, basis 88.5%, study 88.5%.
 */
describeNewSources('three new sources', 'held-out', { disposition: 0.91, species: 0.885, speciesBasis: 0.885, hedge: 0.923, speaker: 1, study: 0.885, phases: 1 });

/*
 * Three more (held-out-2/README.md), written and labelled blind by another helper while the
 * rules above were written, and measured once after them, before anything was changed from them
 * (2026-12-04): disposition 47.1% of 104, species 83.0%, basis 83.0%, hedge 97.9%, speaker
 * 97.9%, study 53.2%, phases 91.5% of 47. With the rules as they were before the first set:
 * disposition 42.3%, species 78.7%, study 48.9%. The rules drawn from the first set carried over
 * little: most of what a new page gets wrong is its own furniture. General rules were then drawn
 * from these too (rows of who-and-when, date lines, counts read without numbers, reference and
 * "related articles" lists, prices, quoted copies, a forum page's title, statements placed
 * "later" or "within"), and a code review's fixes made: disposition 85.6%, species 80.9%, basis
 * 80.9%, hedge 97.9%, speaker 97.9%, study 51.1%, phases 91.5% (species and study are compared on
 * the units both sides make claims, which the new rules changed). After the third set's rules:
 * disposition 86.5%, species 79.2%, study 50.0%. After the fourth set's rules (a study named by
 * author, trial or year carries through its paragraph): disposition 90.4%, species 85.4%, basis
 * 85.4%, study 68.8%.
 */
describeNewSources('three more new sources', 'held-out-2', { disposition: 0.904, species: 0.854, speciesBasis: 0.854, hedge: 0.979, speaker: 0.979, study: 0.687, phases: 0.917 });

/*
 * Three more again (held-out-3/README.md), written and labelled blind by a third helper while
 * the rules from the second set were written, and measured once after them, before anything was
 * changed from them (2026-12-04): disposition 56.0% of 91, species 59.5%, basis 70.3%, hedge
 * 94.6%, speaker 64.9%, study 51.4%, phases 94.6% of 37. The same sources with the rules of the
 * session's start: disposition 37.4%, species 56.8%, speaker 62.2%, study 51.4%; with the first
 * set's rules only: disposition 50.5%, species 70.3%. Each round of general rules carries over in
 * part; a new kind of page (a transcript with speaker labels, a company's blog) still brings
 * furniture and voices the rules do not know. General rules were then drawn from these too
 * (navigation rows, citations in lists, sponsor reads and discounts, star ratings, "Show notes",
 * past-tense headlines): disposition 75.8%, species 60.5%, basis 71.1%, hedge 94.7%, speaker
 * 65.8%, study 52.6%, phases 94.7%. After the fourth set's rules, which read a transcript's
 * "HOST:" and "GUEST:" labels as the people the page introduces in those roles: disposition
 * 87.9%, species 76.3%, basis 84.2%, speaker 97.4%, study 65.8% (68.4% before an outside expert's
 * quotes became commentary, to which its labeller gives the study commented on and the pipeline
 * none).
 */
describeNewSources('a third set of new sources', 'held-out-3', { disposition: 0.879, species: 0.763, speciesBasis: 0.842, hedge: 0.947, speaker: 0.974, study: 0.658, phases: 0.947 });

/*
 * A fourth set (held-out-4/README.md: a newspaper article on the 2019 approval, a charity's Q&A
 * page, a science blog with comments), written and labelled blind by a fourth helper while the
 * third set's rules were written, and measured once after them, before anything was changed from
 * it (2026-12-04): disposition 57.1% of 77, species 51.2%, basis 51.2%, hedge 92.7%, speaker
 * 100%, study 41.5%, phases 97.6% of 41. With the rules of the session's start: disposition
 * 39.0%, species 46.3%, study 39.0%. Three rounds of general rules took an unseen page from about
 * two in five dispositions to closer to three in five; the seeds' 96% is still far off. The rules
 * it showed missing were then written as general rules (cookie banners, feedback rows and
 * donation appeals; captions under images and correction notices; a comment thread under a post
 * read as a forum; a study named by its author, trial or year, through its paragraph;
 * regulation, definitions, practice and words to the reader as background; an outside expert's
 * quotes, a private person's anecdote and the writer's own first-person opinion as commentary;
 * the population an approval is for), with the seeds' output byte-identical: disposition 90.9%
 * of 77, species 83.3%, basis 85.7%, hedge 92.9%, speaker 100%, study 76.2%, phases 97.6% of 42.
 * From then on these sources measure fit, not generalisation; the fifth set, below, measures
 * generalisation afresh.
 */
describeNewSources('a fourth set of new sources', 'held-out-4', { disposition: 0.909, species: 0.833, speciesBasis: 0.857, hedge: 0.929, speaker: 1, study: 0.762, phases: 0.976 });

/*
 * A fifth set (held-out-5/README.md: a journal article's landing page, a newsletter as archived
 * on the web, a Q&A site's answers), written and labelled blind by a fifth helper, of kinds no
 * earlier set had, and measured once with the rules as they stood after the fourth set was
 * written (2026-12-04), before anything was drawn from the fourth or the fifth: disposition 55.9%
 * of 111, species 55.1%, basis 63.3%, hedge 100%, speaker 98.0%, study 46.9%, phases 91.8% of 49.
 * Sealed: its disagreements are not printed and no rule is drawn from it, so it measures whether
 * rules drawn from the fourth set carry over to pages they were not written for. They did not:
 * measured again once those rules were in, disposition 55.9% (unchanged), species 53.1% (one
 * unit fewer), basis 63.3%, study 49.0% (one more), the rest unchanged. The rules that took the
 * fourth set from 57% to 91% name that set's furniture and conventions (cookie banners,
 * comment threads, approvals); a journal's landing page, a newsletter and a Q&A page bring
 * their own. Fitting each new set does not make the next one better.
 */
/*
 * Its floors sit five points under what was measured: a rule elsewhere that moves a unit or two
 * must not force anyone to read the sealed set's disagreements to find out why; a larger fall
 * still fails, and the measured figures stand in the report above each run.
 */
describeNewSources('a fifth set of new sources', 'held-out-5', { disposition: 0.509, species: 0.481, speciesBasis: 0.583, hedge: 0.95, speaker: 0.93, study: 0.44, phases: 0.868 }, { sealed: true });
