/**
 * `npm run bench`: builds the site at several corpus sizes and measures it, then writes
 * bench/report.md and bench/results.json (issue #6).
 *
 *   npm run bench                              every section, corpus sizes 100, 500, 2000
 *   npm run bench -- --only=lighthouse         one section (several: --only=rebuild,budgets); the others keep their last results
 *   npm run bench -- --sizes=100               other sizes: a quick run, written to bench/tmp/
 *   npm run bench -- --build-timeout=30        stop a build after 30 minutes (default 60)
 *   npm run bench -- --out=<folder>            where to write the report
 *
 * Each section is a module of scripts/bench/sections/ exporting a `BenchSection`
 * (scripts/bench/bench-types.ts). The budget table runs last, on every section's JSON.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBenchContext } from './bench-context.ts';
import type { BenchResults, BenchSection, StoredSection } from './bench-types.ts';
import { parseOptions, parseSizes } from './command-line.ts';
import { machineInfo } from './machine-info.ts';
import { renderReport } from './render-report.ts';

/** The sections in report order. */
const SECTION_NAMES = ['generator', 'build-time', 'rebuild', 'bytes-per-route', 'search', 'lighthouse', 'budgets'] as const;
const DEFAULT_SIZES = [100, 500, 2000];
const WORK_DIRECTORY = 'node_modules/.cache/bench';

const root = resolve(import.meta.dirname, '../..');
const options = parseOptions(process.argv.slice(2));
const sizes = options['sizes'] === undefined ? DEFAULT_SIZES : parseSizes(options['sizes']);
// A quick run at other sizes must never overwrite the full report.
const outDirectory = options['out'] ?? (options['sizes'] === undefined ? 'bench' : 'bench/tmp');
const buildTimeoutSeconds = Number(options['build-timeout'] ?? 60) * 60;

function isSection(value: unknown): value is BenchSection {
  const candidate = value as Partial<BenchSection> | null;
  return typeof candidate?.name === 'string' && typeof candidate.run === 'function' && typeof candidate.render === 'function';
}

const sections: BenchSection[] = [];
for (const name of SECTION_NAMES) {
  const file = join(import.meta.dirname, 'sections', `${name}.ts`);
  const module = (await import(file)) as Record<string, unknown>;
  // By convention the export is `section`; any export shaped like a section will do.
  const section = [module['section'], ...Object.values(module)].find(isSection);
  if (section === undefined) throw new Error(`${file} exports no section (an object with name, title, run and render)`);
  sections.push(section);
}
const known = new Set(sections.map((section) => section.name));
const only = options['only']?.split(',').map((name) => name.trim());
for (const name of only ?? []) {
  if (!known.has(name)) throw new Error(`--only: no section "${name}"; the sections are ${[...known].join(', ')}`);
}
const selected = sections.filter((section) => only === undefined || only.includes(section.name) || section.name === 'budgets');

const resultsFile = join(root, outDirectory, 'results.json');
const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResults) : null;
const stored = new Map<string, StoredSection>(Object.entries(previous?.sections ?? {}));
const machine = machineInfo();
const context = createBenchContext({ root, workDirectory: WORK_DIRECTORY, sizes, buildTimeoutSeconds, results: stored });
const errors: { section: string; message: string }[] = [];

/** Writes results.json and report.md from everything measured so far: a run stopped halfway keeps what it measured. */
function save(): void {
  const results: BenchResults = { machine, sections: Object.fromEntries(SECTION_NAMES.filter((name) => stored.has(name)).map((name) => [name, stored.get(name)!])) };
  mkdirSync(join(root, outDirectory), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(root, outDirectory, 'report.md'), renderReport(results, sections, errors));
}

for (const section of selected) {
  context.log(`section ${section.name}`);
  const ranAt = new Date().toISOString();
  const machineAtStart = machineInfo();
  try {
    const json = await section.run(context);
    stored.set(section.name, { title: section.title, ranAt, machine: machineAtStart, sizes, json });
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`[bench] section ${section.name} failed:\n${message}`);
    errors.push({ section: section.name, message: error instanceof Error ? error.message : String(error) });
  }
  save();
}
context.log(`wrote ${outDirectory}/report.md and ${outDirectory}/results.json`);
if (errors.length > 0) process.exitCode = 1;
