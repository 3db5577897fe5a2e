import { z } from 'zod';
import { SourceKindSchema, SpeakerRoleSchema, SpeciesSchema } from './vocabulary.ts';

/** A calendar date as an editor writes it: a year, a year and month, or a full ISO date that exists. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isRealDate, { message: 'that date does not exist in the calendar' });

function isRealDate(value: string): boolean {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A web address: http or https only. A source's addresses become links on the site, so a
 * `javascript:` or `data:` address must stop the build rather than reach a page.
 */
export const WebAddressSchema = z.url({ protocol: /^https?$/, message: 'write a web address that starts with https:// or http://' });

/** A primary study a source reports; facts from SOURCES.md, unknown fields left null. */
export const StudySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { message: 'a study id is lowercase letters, digits and hyphens' }),
  /** A short label for the study, as a reader would name it ("Moda-Sava et al. 2019"). */
  label: z.string().min(1),
  citation: z.string().min(1),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { message: 'a DOI looks like 10.1234/abc' }).nullable(),
  url: WebAddressSchema.nullable(),
  population: SpeciesSchema,
  peerReviewed: z.boolean().nullable(),
});
export type Study = z.output<typeof StudySchema>;

/**
 * A stretch of the document that speaks in another voice or reports another study than the
 * rest: a quoted news story inside a forum post, a paper's abstract pasted under an article.
 * It is delimited by the opening words of its first line and the closing words of its last.
 */
export const SectionSchema = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  voice: SpeakerRoleSchema,
  study: z.string().nullable(),
  /** Who wrote the quoted text, where it is not the source itself ("NPR"). */
  quoting: z.string().min(1).nullable(),
  /** Where the quoted text was published, if the document says. */
  url: WebAddressSchema.nullable(),
});
export type Section = z.output<typeof SectionSchema>;

/** The frontmatter of `content/sources/<slug>.md`: the source's citation. */
export const SourceFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  /** True when the title is ours because the document has no headline of its own. */
  titleIsEditorial: z.boolean(),
  outlet: z.string().min(1).nullable(),
  url: WebAddressSchema.nullable(),
  // YAML reads a bare year (2025) as a number; it is still a date.
  published: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), PartialDateSchema.nullable()),
  kind: SourceKindSchema,
  /** What the document is, in a sentence, for readers of the source page. */
  description: z.string().min(1),
  studies: z.array(StudySchema),
  sections: z.array(SectionSchema),
});
export type SourceFrontmatter = z.output<typeof SourceFrontmatterSchema>;

/** A source as the site and the export know it. */
export const SourceSchema = SourceFrontmatterSchema.extend({
  id: z.string(),
  /** Path of the source file relative to the repository root. */
  file: z.string(),
  /** Offset of the body in the file: spans count from the start of the file. */
  bodyStart: z.number().int().nonnegative(),
});
export type Source = z.output<typeof SourceSchema>;
