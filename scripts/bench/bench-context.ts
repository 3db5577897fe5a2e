import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BenchContext, GeneratedCorpus, StoredSection } from './bench-types.ts';
import { measureBuild, type BuildMeasurement } from './measure-build.ts';
import { serveDirectory } from './static-server.ts';
import { writeGeneratedCorpus } from './write-corpus.ts';

/** The flags this machine's headless Chromium needs: no sandbox in the container, no GPU, no network of its own. */
export const CHROMIUM_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ContextOptions {
  root: string;
  workDirectory: string;
  sizes: readonly number[];
  buildTimeoutSeconds: number;
  results: ReadonlyMap<string, StoredSection>;
}

/**
 * The helpers every section shares. Corpora and the real site's build are made once per run
 * and shared: the build-time section's cold build of the real corpus is the one the bytes and
 * Lighthouse sections measure.
 */
export function createBenchContext(options: ContextOptions): BenchContext {
  const corpora = new Map<number, GeneratedCorpus>();
  const sites = new Map<string, Promise<BuildMeasurement>>();
  const coldBuildOnce = (name: string, extraSourcesDirectory?: string): Promise<BuildMeasurement> => {
    let site = sites.get(name);
    if (site === undefined) {
      site = context.build({ name, cold: true, ...(extraSourcesDirectory === undefined ? {} : { extraSourcesDirectory }) });
      sites.set(name, site);
    }
    return site;
  };
  const context: BenchContext = {
    ...options,
    log: (message) => console.log(`[bench] ${message}`),
    generateCorpus(count) {
      let corpus = corpora.get(count);
      if (corpus === undefined) {
        const directory = `${options.workDirectory}/corpora/corpus-${count}`;
        corpus = { count, directory, ids: writeGeneratedCorpus(options.root, directory, count) };
        corpora.set(count, corpus);
      }
      return corpus;
    },
    build: (request) => measureBuild(options.root, options.workDirectory, { ...request, timeoutSeconds: options.buildTimeoutSeconds }),
    realSite: () => coldBuildOnce('real'),
    corpusSite: (count) => coldBuildOnce(`corpus-${count}`, context.generateCorpus(count).directory),
    serve: (directory, extraPages) => serveDirectory(resolve(options.root, directory), 0, extraPages),
    chromiumPath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    launchChromium: () => chromium.launch({ executablePath: context.chromiumPath, headless: true, args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless')) }),
  };
  return context;
}
