import { readFileSync } from 'node:fs';

/**
 * public/_headers as Netlify and Cloudflare Pages read it: a path pattern on a line of its
 * own (`*` matches anything), then indented `Name: value` lines; `#` starts a comment. A path
 * gets the headers of every rule that matches it, and a header named twice is joined with a
 * comma, as those hosts do. The browser tests serve pages with these headers to check them.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export const headersFile = new URL('../../public/_headers', import.meta.url);

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/u.exec(line);
    if (rule === undefined || match === null) throw new Error(`public/_headers: cannot read "${line}"`);
    rule.headers.push([match[1]!, match[2]!.trim()]);
  }
  return rules;
}

/** The headers a host sends for a path, lower-cased names, values of repeated names joined. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`, 'u');
    if (!pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}

export function readHeadersFile(): HeaderRule[] {
  return parseHeadersFile(readFileSync(headersFile, 'utf8'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
