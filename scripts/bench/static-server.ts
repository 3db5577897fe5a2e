import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../tests/browser/headers-file.ts';

/** A local server over a built site, on the loopback address only. */
export interface StaticServer {
  origin: string;
  /**
   * Compresses (Brotli) every text file under a folder of the site now, as a host that serves
   * precompressed files would have at deploy time, so that timing a page that fetches many of
   * them measures the page and not this server compressing on first request (a 470 KB index
   * shard takes it about a second at quality 11). Returns how many files it compressed.
   */
  precompress(folder: string): number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.txt']);

/**
 * Serves a built site as a static host would (README, "Deploying"): `<path>/index.html` for
 * `<path>/`, and any `extraPages` (HTML by path, such as a benchmark's control page) as if they
 * were in it; the headers of the site's `_headers` file, and text compressed with Brotli or
 * gzip when the browser accepts it, as any CDN does, so Lighthouse judges the site and not the
 * server. Compressed bodies are kept in memory: every file is compressed once.
 */
export async function serveDirectory(site: string, port = 0, extraPages: ReadonlyMap<string, string> = new Map()): Promise<StaticServer> {
  const directory = resolve(site);
  const headersFile = join(directory, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const compressed = new Map<string, Buffer>();
  const compressedBody = (file: string, encoding: 'br' | 'gzip'): Buffer => {
    const key = `${encoding}:${file}`;
    let body = compressed.get(key);
    if (body === undefined) {
      const raw = readFileSync(file);
      body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 });
      compressed.set(key, body);
    }
    return body;
  };
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const extra = extraPages.get(path);
    if (extra !== undefined) {
      for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
      response.writeHead(200, { 'content-type': CONTENT_TYPES['.html']! }).end(request.method === 'HEAD' ? undefined : extra);
      return;
    }
    const file = fileFor(directory, path);
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const extension = extname(file);
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(extension) ? null : /\bbr\b/u.test(accepted) ? 'br' : /\bgzip\b/u.test(accepted) ? 'gzip' : null;
    const body = encoding === null ? readFileSync(file) : compressedBody(file, encoding);
    for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
    response.setHeader('content-type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
    response.setHeader('content-length', body.byteLength);
    if (encoding !== null) response.setHeader('content-encoding', encoding);
    response.setHeader('vary', 'accept-encoding');
    response.writeHead(200).end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${bound}`,
    precompress(folder) {
      const base = normalize(join(directory, folder));
      if (!base.startsWith(directory + sep) || !existsSync(base) || !statSync(base).isDirectory()) throw new Error(`no folder ${folder} in ${directory}`);
      const files = readdirSync(base, { recursive: true, encoding: 'utf8' }).map((name) => join(base, name)).filter((file) => COMPRESSIBLE.has(extname(file)) && statSync(file).isFile());
      for (const file of files) compressedBody(file, 'br');
      return files.length;
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * Requests each path once, Brotli accepted, so that the server has compressed every page
 * before it is timed: a CDN serves precompressed files, and the time this server takes to
 * compress a large page on first request would otherwise count as server latency.
 */
export async function warmUp(server: StaticServer, paths: readonly string[]): Promise<void> {
  for (const path of paths) await (await fetch(`${server.origin}${path}`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
}

/** The file a path names inside the site, `index.html` for a folder, or null; never a file outside the site. */
function fileFor(directory: string, path: string): string | null {
  const candidate = normalize(join(directory, path));
  if (candidate !== directory && !candidate.startsWith(directory + sep)) return null;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}
