import type { SourceEntry } from '../loaders/corpus-loaders.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Study } from '../schemas/source.ts';

/** A primary study as the site shows it: its citation, and every claim across sources that reports it. */
export interface StudyView extends Study {
  claims: Claim[];
  sourceIds: string[];
}

/**
 * The studies named in the sources' frontmatter, once each (several sources can report one
 * study), with the claims that report each, in the order of `claims`.
 */
export function studiesOf(sources: readonly SourceEntry[], claims: readonly Claim[]): StudyView[] {
  const studies = new Map<string, StudyView>();
  for (const source of sources) {
    for (const study of source.studies) if (!studies.has(study.id)) studies.set(study.id, { ...study, claims: [], sourceIds: [] });
  }
  for (const claim of claims) {
    const study = claim.study === null ? undefined : studies.get(claim.study);
    if (!study) continue;
    study.claims.push(claim);
    if (!study.sourceIds.includes(claim.sourceId)) study.sourceIds.push(claim.sourceId);
  }
  return [...studies.values()].sort((a, b) => b.claims.length - a.claims.length || a.label.localeCompare(b.label));
}
