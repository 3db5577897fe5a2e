import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { headerPolicy } from '../../src/security/content-security-policy.ts';
import { headersFor, readHeadersFile } from './headers-file.ts';
import { testBuildDirectory } from './test-build.ts';

/**
 * The built files themselves, read from the test build's folder (playwright's webServer has
 * built it before any test runs): every page passes html-validate with the rules of
 * .htmlvalidate.mjs, and public/_headers sends each kind of file the headers it wants.
 */

/** Every file of the build, as URL paths ("/claims/index.html"). */
function builtFiles(directory = testBuildDirectory): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(testBuildDirectory, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
}

test('every built page passes html-validate', async () => {
  test.setTimeout(180_000);
  const pages = builtFiles().filter((path) => path.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(100);
  // The config is .htmlvalidate.mjs at the repository root, found from each file's folder up.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const path of pages) {
    const report = await validator.validateFile(join(testBuildDirectory, path));
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column}: ${message.ruleId}: ${message.message} (${message.selector ?? ''})`);
    }
  }
  expect(problems).toEqual([]);
});

test('the headers file sends the declared Content-Security-Policy and the security headers to every file', () => {
  const rules = readHeadersFile();
  for (const path of builtFiles()) {
    const headers = headersFor(rules, path);
    expect(headers['content-security-policy'], path).toBe(headerPolicy);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toMatch(/camera=\(\)/u);
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});

test('the headers file gives each kind of file one cache policy: hashed assets a year, the data a short one, pages the host default', () => {
  const rules = readHeadersFile();
  const cacheOf = (path: string) => headersFor(rules, path)['cache-control'];
  const files = builtFiles();
  const assets = files.filter((path) => path.startsWith('/_astro/'));
  expect(assets.length).toBeGreaterThan(0);
  for (const path of assets) expect(cacheOf(path), path).toBe('public, max-age=31536000, immutable');
  for (const path of files.filter((candidate) => candidate.startsWith('/data/'))) expect(cacheOf(path), path).toBe('public, max-age=300, must-revalidate');
  expect(cacheOf('/search-records.json')).toBe('public, no-cache');
  // Pages keep the host's default (revalidate every time): no rule may give them a long cache.
  for (const path of files.filter((candidate) => candidate.endsWith('.html'))) expect(cacheOf(path), path).toBeUndefined();
});
