import { getCollection } from 'astro:content';
import { digestOf } from '../components/digest-of.ts';
import { digestOfProjectFiles } from '../corpus/digest-files.ts';
import { readOrCompute } from '../corpus/result-cache.ts';
import { findProjectRoot } from '../pipeline/read-project-file.ts';
import type { Claim } from '../schemas/claim.ts';
import type { FindingsExport } from '../schemas/finding.ts';
import type { Source } from '../schemas/source.ts';
import { buildFindingsExport } from './build-findings-export.ts';
import { FINDINGS_INPUTS } from './findings-inputs.ts';
import { findingsLogLine } from './findings-log-line.ts';

/** The folder the findings are kept in between builds; astro.config.mjs sets it inside Astro's cache folder. */
export const FINDINGS_CACHE_VARIABLE = 'EVIDENCE_FINDINGS_CACHE';

let loading: Promise<FindingsExport> | null = null;
let keying: Promise<{ sources: Source[]; claims: Claim[]; key: string }> | null = null;

/**
 * The collections in id order and the key the findings are kept under: a digest of the claims,
 * the sources and FINDINGS_INPUTS. Equal keys, equal findings; /data/findings.json uses it as
 * its cache key too.
 */
function keyedInputs(): Promise<{ sources: Source[]; claims: Claim[]; key: string }> {
  keying ??= Promise.all([getCollection('sources'), getCollection('claims')]).then(([sourceEntries, claimEntries]) => {
    // In id order, so that the key does not hang on the order the store lists entries in.
    const sources: Source[] = sourceEntries.map((entry) => entry.data).sort((a, b) => compareIds(a.id, b.id));
    const claims: Claim[] = claimEntries.map((entry) => entry.data).sort((a, b) => compareIds(a.id, b.id));
    return { sources, claims, key: digestOf({ sources, claims, code: digestOfProjectFiles(findProjectRoot(), FINDINGS_INPUTS) }) };
  });
  return keying;
}

/** The digest the findings of this build are kept under (see keyedInputs). */
export async function findingsExportKey(): Promise<string> {
  return (await keyedInputs()).key;
}

/**
 * The findings from the content collections, worked out once per build: the pages (through
 * src/components/findings-data.ts) and the /data/findings.json endpoint share one result. As
 * grouping every claim of a large corpus takes tens of seconds, the result is also kept between
 * builds under a digest of the claims, the sources and FINDINGS_INPUTS; any change to one of
 * them makes it again. The one Astro-aware module of src/findings/, kept as thin as
 * src/export/load-claims-export.ts: everything it calls is pure and tested without Astro.
 */
export function loadFindingsExport(): Promise<FindingsExport> {
  loading ??= keyedInputs().then(({ sources, claims, key }) => {
    let cpuSeconds: number | null = null;
    const findings = readOrCompute(process.env[FINDINGS_CACHE_VARIABLE], key, () => {
      // CPU, not wall time: on a shared machine the wall time says more about the neighbours.
      const before = process.cpuUsage();
      const computed = buildFindingsExport(sources, claims);
      const used = process.cpuUsage(before);
      cpuSeconds = (used.user + used.system) / 1e6;
      return computed;
    });
    console.log(findingsLogLine({ findings: findings.groups.length, claims: claims.length, cpuSeconds }));
    return findings;
  });
  return loading;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
