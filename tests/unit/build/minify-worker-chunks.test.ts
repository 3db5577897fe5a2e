import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINIFIED_WORKER_CACHE_VARIABLE, minifyWorkerChunks } from '../../../src/build/minify-worker-chunks.ts';

type Bundle = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string }>;

async function run(bundle: Bundle): Promise<Bundle> {
  const plugin = minifyWorkerChunks();
  const hook = plugin.generateBundle as unknown as (options: object, bundle: Bundle) => Promise<void>;
  await hook.call({}, {}, bundle);
  return bundle;
}

const source = 'export function add(first, second) { const total = first + second; return total; }\n';

describe('minifyWorkerChunks', () => {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'minified-worker-'));
    process.env[MINIFIED_WORKER_CACHE_VARIABLE] = folder;
  });
  afterEach(() => {
    delete process.env[MINIFIED_WORKER_CACHE_VARIABLE];
    rmSync(folder, { recursive: true, force: true });
  });

  it('minifies each chunk and leaves assets alone', async () => {
    const bundle = await run({ 'worker.js': { type: 'chunk', code: source }, 'data.json': { type: 'asset', source: '{ }' } });
    const chunk = bundle['worker.js'] as { code: string };
    expect(chunk.code.length).toBeLessThan(source.length);
    expect(chunk.code).toContain('export');
    expect((bundle['data.json'] as { source: string }).source).toBe('{ }');
  });

  it('reuses the kept result for the same chunk, and keeps only what the last build used', async () => {
    await run({ 'worker.js': { type: 'chunk', code: source } });
    const [kept] = readdirSync(folder);
    // A kept result stands in for terser's work: change it and the next build takes it as it is.
    writeFileSync(join(folder, kept!), 'export const kept=1;');
    const again = await run({ 'worker.js': { type: 'chunk', code: source } });
    expect((again['worker.js'] as { code: string }).code).toBe('export const kept=1;');
    await run({ 'worker.js': { type: 'chunk', code: `${source}export const more = 2;\n` } });
    expect(readdirSync(folder)).toHaveLength(1);
    expect(readdirSync(folder)).not.toContain(kept);
  });

  it('finds its kept result again in the same process, however often it runs', async () => {
    for (let run_ = 0; run_ < 3; run_ += 1) await run({ 'worker.js': { type: 'chunk', code: source } });
    expect(readdirSync(folder)).toHaveLength(1);
    const [kept] = readdirSync(folder);
    writeFileSync(join(folder, kept!), 'export const kept=2;');
    const again = await run({ 'worker.js': { type: 'chunk', code: source } });
    expect((again['worker.js'] as { code: string }).code).toBe('export const kept=2;');
  });

  it('clears what a stopped build left half written', async () => {
    writeFileSync(join(folder, 'abc.js.123.partial'), 'half');
    await run({ 'worker.js': { type: 'chunk', code: source } });
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('minifies without keeping anything when no folder is named', async () => {
    delete process.env[MINIFIED_WORKER_CACHE_VARIABLE];
    const bundle = await run({ 'worker.js': { type: 'chunk', code: source } });
    expect((bundle['worker.js'] as { code: string }).code.length).toBeLessThan(source.length);
    expect(readdirSync(folder)).toEqual([]);
  });
});
