import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../../scripts/bench/static-server.ts';

describe('the benchmark’s static server', () => {
  const site = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(site, 'about'));
  writeFileSync(join(site, 'about', 'index.html'), '<p>About</p>');
  writeFileSync(join(site, '_headers'), '/*\n  X-Frame-Options: DENY\n');
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('serves a folder’s index, an extra page as if it were in the site with the site’s headers, and 404 for anything else', async () => {
    const server = await serveDirectory(site, 0, new Map([['/control/', '<p>Control</p>']]));
    try {
      const about = await fetch(`${server.origin}/about/`);
      expect(await about.text()).toBe('<p>About</p>');
      const control = await fetch(`${server.origin}/control/`);
      expect(control.status).toBe(200);
      expect(control.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(control.headers.get('x-frame-options')).toBe('DENY');
      expect(await control.text()).toBe('<p>Control</p>');
      expect((await fetch(`${server.origin}/control/other/`)).status).toBe(404);
      expect((await fetch(`${server.origin}/../etc/passwd`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
