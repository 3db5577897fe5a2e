import { z } from 'zod';
import { ClaimSchema, ExclusionSchema } from './claim.ts';
import { SourceSchema } from './source.ts';

/** The version of the export's shape; raise it when a field changes meaning or goes away. */
export const EXPORT_SCHEMA_VERSION = 1;

/** A source as the export describes it: its citation, without its text. */
export const ExportSourceSchema = SourceSchema.pick({
  id: true,
  file: true,
  title: true,
  titleIsEditorial: true,
  outlet: true,
  url: true,
  published: true,
  kind: true,
  description: true,
  studies: true,
});

/** `/data/claims.json`: every source, claim and exclusion of the corpus. */
export const ClaimsExportSchema = z.object({
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  sources: z.array(ExportSourceSchema),
  claims: z.array(ClaimSchema),
  excluded: z.array(ExclusionSchema),
});
export type ClaimsExport = z.output<typeof ClaimsExportSchema>;
