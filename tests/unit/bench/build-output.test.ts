import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_NODE_OPTIONS, BUILD_USAGE_PREFIX, readBuildOutput } from '../../../scripts/bench/build-output.ts';
import { findingsLogLine } from '../../../src/findings/findings-log-line.ts';

const output = `08:13:01 [evidence-sources] 1 source(s) read, 504 reused, 0 removed
08:13:01 [evidence-claims] 1 source(s) read, 504 reused, 0 removed
08:13:01 [build] Collecting build info...
08:13:01 [build] \u001b[32m✓ Completed in 10.92s.\u001b[39m
 generating static routes 
${findingsLogLine({ findings: 1536, claims: 12676, cpuSeconds: 12.3456 })}
08:13:22   ├─ /index.html (+13ms)
08:13:22   ├─ /claims/a/index.html (restored)
08:13:22   ├─ /claims/b/index.html (cached)
08:13:22 ✓ Completed in 1m 17s.
08:13:22 [build] 1540 page(s) built in 31.69s
${BUILD_USAGE_PREFIX}{"cpuSeconds":40.5,"maxRssMiB":1200}
`;

describe('readBuildOutput', () => {
  it("reads the page count, the loaders' lines, the two phases and the usage line", () => {
    expect(readBuildOutput(output)).toEqual({
      pages: 1540,
      loaders: [
        { loader: 'evidence-sources', read: 1, reused: 504, removed: 0 },
        { loader: 'evidence-claims', read: 1, reused: 504, removed: 0 },
      ],
      contentSeconds: 10.92,
      renderSeconds: 77,
      pathsSeconds: 21,
      routes: { rendered: 1, reused: 2 },
      findings: { findings: 1536, claims: 12676, cpuSeconds: 12.35 },
      cpuSeconds: 40.5,
      maxRssMiB: 1200,
    });
  });

  it('counts routes written from the incremental cache apart from those rendered', () => {
    expect(readBuildOutput(output).routes).toEqual({ rendered: 1, reused: 2 });
  });

  it('tells findings read from the cache apart from findings worked out', () => {
    const cached = output.replace(/\[findings\].*\n/u, `${findingsLogLine({ findings: 1536, claims: 12676, cpuSeconds: null })}\n`);
    expect(readBuildOutput(cached).findings).toEqual({ findings: 1536, claims: 12676, cpuSeconds: null });
  });

  it('leaves out what a build did not print', () => {
    expect(readBuildOutput('')).toEqual({ pages: null, loaders: [], contentSeconds: null, renderSeconds: null, pathsSeconds: null, routes: null, findings: null, cpuSeconds: null, maxRssMiB: null });
  });
});

describe('the build the benchmark times', () => {
  it('runs Astro with the Node options of npm run build, so that it times what readers run', () => {
    const scripts = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const build = scripts['build']!.split(' ');
    expect(build.slice(0, 1 + BUILD_NODE_OPTIONS.length)).toEqual(['node', ...BUILD_NODE_OPTIONS]);
    expect(build.slice(1 + BUILD_NODE_OPTIONS.length)).toEqual(['node_modules/astro/bin/astro.mjs', 'build']);
  });
});
