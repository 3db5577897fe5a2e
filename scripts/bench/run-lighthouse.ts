import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { LighthouseRoute } from './bench-types.ts';
import { CHROMIUM_FLAGS } from './bench-context.ts';

/** The categories the budget holds at 100, under the names Lighthouse gives them. */
const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' } as const;
/** Audits that say nothing about the page when they score below 1. */
const UNSCORED = new Set(['notApplicable', 'manual', 'informative', 'error']);

/** A Chromium that Lighthouse drives, and the Lighthouse version and settings it ran with. */
export interface LighthouseRunner {
  audit(name: string, path: string, url: string): Promise<LighthouseRoute>;
  version(): string;
  settings(): string;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with chrome-launcher and runs Lighthouse's default configuration
 * (a mobile phone on simulated slow 4G with a 4× slower CPU, the strictest of its presets)
 * through its Node API, one route at a time.
 */
export async function startLighthouse(chromePath: string): Promise<LighthouseRunner> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
  let version = 'unknown';
  let settings = 'unknown';
  return {
    async audit(name, path, url) {
      const empty = { name, path, performance: null, accessibility: null, bestPractices: null, seo: null, failing: [] };
      let result;
      try {
        result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.values(CATEGORIES) });
      } catch (error) {
        return { ...empty, error: error instanceof Error ? error.message : String(error) };
      }
      if (result === undefined) return { ...empty, error: 'Lighthouse returned no result' };
      const { lhr } = result;
      version = lhr.lighthouseVersion;
      settings = `${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling`;
      const score = (category: string): number | null => {
        const value = lhr.categories[category]?.score;
        return value === null || value === undefined ? null : Math.round(value * 100);
      };
      const failing: LighthouseRoute['failing'] = [];
      for (const [categoryId, category] of Object.entries(lhr.categories)) {
        const categoryScore = category.score ?? 0;
        for (const reference of category.auditRefs) {
          const audit = lhr.audits[reference.id];
          if (!audit || audit.score === null || audit.score >= 1 || UNSCORED.has(audit.scoreDisplayMode)) continue;
          // Weighted audits cost points; in a performance score below 100 the unweighted
          // diagnostics say where the time went.
          if (reference.weight > 0 || (categoryId === CATEGORIES.performance && categoryScore < 1)) {
            failing.push({ category: categoryId, id: audit.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
          }
        }
      }
      return {
        name,
        path,
        performance: score(CATEGORIES.performance),
        accessibility: score(CATEGORIES.accessibility),
        bestPractices: score(CATEGORIES.bestPractices),
        seo: score(CATEGORIES.seo),
        failing,
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
        ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
      };
    },
    version: () => version,
    settings: () => settings,
    close: async () => {
      chrome.kill();
    },
  };
}
