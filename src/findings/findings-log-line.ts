/**
 * The line a build prints about its findings: how many, and whether they were worked out (with
 * the CPU time it took) or read from the previous build's cache. People reading a slow build's
 * log see where the time went; the benchmark (scripts/bench/build-output.ts) reads it back to
 * tell the findings apart from the rest of a rebuild.
 */
export const FINDINGS_LOG_PREFIX = '[findings] ';

/** What the line says; `cpuSeconds` is null when the findings came from the cache. */
export interface FindingsLogFacts {
  findings: number;
  claims: number;
  cpuSeconds: number | null;
}

export function findingsLogLine({ findings, claims, cpuSeconds }: FindingsLogFacts): string {
  const counted = `${findings} finding(s) of ${claims} claim(s)`;
  return cpuSeconds === null ? `${FINDINGS_LOG_PREFIX}${counted} read from the previous build's cache` : `${FINDINGS_LOG_PREFIX}${counted} worked out in ${cpuSeconds.toFixed(2)} s of CPU`;
}

/** The facts of a line findingsLogLine wrote, or null for any other line. */
export function readFindingsLogLine(line: string): FindingsLogFacts | null {
  const match = /\[findings\] (\d+) finding\(s\) of (\d+) claim\(s\) (?:(read from the previous build's cache)|worked out in ([\d.]+) s of CPU)/u.exec(line);
  if (match === null) return null;
  return { findings: Number(match[1]), claims: Number(match[2]), cpuSeconds: match[3] === undefined ? Number(match[4]) : null };
}
