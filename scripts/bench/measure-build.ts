import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXTRA_SOURCES_VARIABLE } from '../../src/corpus/load-corpus.ts';
import { BUILD_NODE_OPTIONS, readBuildOutput, type BuildOutputFacts } from './build-output.ts';
import { currentLoad } from './machine-info.ts';

/** One build to time. */
export interface BuildRequest {
  /** Names the build's folders under the benchmark's work folder, and its log. */
  name: string;
  /** A folder of extra sources, relative to the repository root (EXTRA_SOURCES_DIRECTORY). */
  extraSourcesDirectory?: string;
  /** Empty the content-layer cache first, so every source goes through the pipeline. */
  cold: boolean;
  /** Stop the build after this long and report it as timed out. */
  timeoutSeconds: number;
}

/** A timed build and what it produced. */
export interface BuildMeasurement extends BuildOutputFacts {
  name: string;
  cold: boolean;
  /** Where the site was written, relative to the repository root. */
  outDir: string;
  /** From start to exit of the build process, Astro's start-up included. */
  wallSeconds: number;
  timedOut: boolean;
  /** One-minute load average before and after: above the CPU count, the build shared its cores. */
  loadBefore: number;
  loadAfter: number;
  /** From the built export (data/claims.json); null when the build did not finish. */
  sources: number | null;
  claims: number | null;
  logFile: string;
}

/**
 * How the child runs a TypeScript file: Node's own type stripping (on by default from Node
 * 22.18, behind a flag before), not tsx, as `npm run build` runs Astro with plain node. tsx
 * hooks every module the build loads, Astro's and Vite's included, and added about 3.5 s of
 * CPU to each build of 505 sources (18.2 s against 14.4 s for a rebuild with nothing changed).
 */
const TYPE_STRIPPING: readonly string[] = (process.features as { typescript?: string | false }).typescript ? [] : ['--experimental-strip-types'];

/**
 * Runs scripts/bench/build-site.ts in a child process and times it from the outside. Each
 * build name gets its own output folder and content-layer cache under `workDirectory`, so a
 * warm rebuild reuses exactly the cache its cold build left, and nothing touches dist/ or
 * node_modules/.astro, which the people working in this tree use.
 */
export async function measureBuild(root: string, workDirectory: string, request: BuildRequest): Promise<BuildMeasurement> {
  const outDir = join(workDirectory, 'sites', request.name);
  const cacheDir = join(workDirectory, 'caches', request.name);
  const logFile = join(workDirectory, 'logs', `${request.name}${request.cold ? '-cold' : '-warm'}.log`);
  mkdirSync(resolve(root, workDirectory, 'logs'), { recursive: true });
  if (request.cold) rmSync(resolve(root, outDir), { recursive: true, force: true });

  const environment: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete environment[EXTRA_SOURCES_VARIABLE];
  if (request.extraSourcesDirectory !== undefined) environment[EXTRA_SOURCES_VARIABLE] = request.extraSourcesDirectory;
  const argumentsOfBuild = [...BUILD_NODE_OPTIONS, ...TYPE_STRIPPING, 'scripts/bench/build-site.ts', `--out-dir=${outDir}`, `--cache-dir=${cacheDir}`, ...(request.cold ? ['--cold'] : [])];

  const loadBefore = currentLoad();
  const started = performance.now();
  const { output, exitCode, timedOut } = await runLogged(process.execPath, argumentsOfBuild, { cwd: root, env: environment }, resolve(root, logFile), request.timeoutSeconds);
  const wallSeconds = (performance.now() - started) / 1000;
  const loadAfter = currentLoad();
  if (exitCode !== 0 && !timedOut) {
    throw new Error(`the build "${request.name}" failed (exit ${exitCode}); see ${logFile}:\n${output.split('\n').slice(-25).join('\n')}`);
  }
  const exportFile = resolve(root, outDir, 'data', 'claims.json');
  const exported = !timedOut && existsSync(exportFile) ? (JSON.parse(readFileSync(exportFile, 'utf8')) as { sources: unknown[]; claims: unknown[] }) : null;
  return {
    name: request.name,
    cold: request.cold,
    outDir,
    wallSeconds,
    timedOut,
    loadBefore,
    loadAfter,
    sources: exported?.sources.length ?? null,
    claims: exported?.claims.length ?? null,
    logFile,
    ...readBuildOutput(output),
  };
}

/** Runs a command, copying its output to a log file, and ends it (with its children) if it runs too long. */
function runLogged(command: string, argv: string[], options: { cwd: string; env: NodeJS.ProcessEnv }, logPath: string, timeoutSeconds: number): Promise<{ output: string; exitCode: number | null; timedOut: boolean }> {
  return new Promise((resolvePromise, reject) => {
    const log = createWriteStream(logPath);
    // Its own process group, so that a timeout ends the build's workers too.
    const child = spawn(command, argv, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: string[] = [];
    const collect = (chunk: Buffer): void => {
      chunks.push(chunk.toString('utf8'));
      log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    }, timeoutSeconds * 1000);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      log.end();
      resolvePromise({ output: chunks.join(''), exitCode, timedOut });
    });
  });
}
