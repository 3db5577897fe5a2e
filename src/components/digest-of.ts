import { hash } from 'node:crypto';

const digests = new WeakMap<object, string>();

/**
 * A content hash of plain data (objects, arrays, maps, sets, strings, numbers, booleans,
 * null, undefined): equal data gives equal digests, whatever the objects' identity or the
 * order of their keys. Each object's digest is remembered, so a record shared by many pages
 * (a source's whole text) is hashed once per build; the data must not change after it is
 * hashed, which holds for the collections during a build. Each object is written out as one
 * string and hashed in one call: a hash object per record, fed piece by piece, took a third
 * longer over the 12,700 claims of a 505-source corpus.
 */
export function digestOf(value: unknown): string {
  return hash('sha256', encode(value), 'base64url');
}

function encode(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return `#${digestOfObject(value)}`;
    default:
      throw new TypeError(`digestOf reads plain data only, not a ${typeof value}`);
  }
}

function digestOfObject(value: object): string {
  const known = digests.get(value);
  if (known !== undefined) return known;
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (const item of value) text += `${encode(item)},`;
  } else if (value instanceof Map) {
    text = 'Map{';
    for (const [key, item] of [...value].map(([key, item]) => [encode(key), encode(item)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) text += `${key}:${item},`;
  } else if (value instanceof Set) {
    text = 'Set{';
    for (const item of [...value].map(encode).sort()) text += `${item},`;
  } else {
    text = '{';
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      // As in JSON, a key holding undefined is no key at all.
      if (item !== undefined) text += `${JSON.stringify(key)}:${encode(item)},`;
    }
  }
  const digest = hash('sha256', text, 'base64url');
  digests.set(value, digest);
  return digest;
}
