import { loadFindingsExport } from '../findings/load-findings-export.ts';
import type { FindingGroup, FindingsExport, SpinCheck } from '../schemas/finding.ts';

/** The findings of the corpus with the lookups the pages need, computed once per build. */
export interface FindingsData extends FindingsExport {
  groupById: ReadonlyMap<string, FindingGroup>;
  /** The groups each claim belongs to. */
  groupsByClaim: ReadonlyMap<string, FindingGroup[]>;
  spinBySource: ReadonlyMap<string, SpinCheck>;
}

let loading: Promise<FindingsData> | null = null;

/** The findings, grouped and flagged; loaded once per build. */
export function findingsData(): Promise<FindingsData> {
  loading ??= loadFindingsExport().then((findings) => {
    const groupsByClaim = new Map<string, FindingGroup[]>();
    for (const group of findings.groups) for (const claimId of group.claimIds) groupsByClaim.set(claimId, [...(groupsByClaim.get(claimId) ?? []), group]);
    return {
      ...findings,
      groupById: new Map(findings.groups.map((group) => [group.id, group])),
      groupsByClaim,
      spinBySource: new Map(findings.spinChecks.map((check) => [check.sourceId, check])),
    };
  });
  return loading;
}
