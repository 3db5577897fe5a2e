import { createHash } from 'node:crypto';

const digests = new WeakMap<object, string>();

/**
 * A content hash of plain data (objects, arrays, maps, sets, strings, numbers, booleans,
 * null, undefined): equal data gives equal digests, whatever the objects' identity or the
 * order of their keys. Each object's digest is remembered, so a record shared by many pages
 * (a source's whole text) is hashed once per build; the data must not change after it is
 * hashed, which holds for the collections during a build.
 */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(encode(value)).digest('base64url');
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
  const hash = createHash('sha256');
  if (Array.isArray(value)) {
    hash.update('[');
    for (const item of value) hash.update(encode(item)).update(',');
  } else if (value instanceof Map) {
    hash.update('Map{');
    for (const [key, item] of [...value].map(([key, item]) => [encode(key), encode(item)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      hash.update(key).update(':').update(item).update(',');
    }
  } else if (value instanceof Set) {
    hash.update('Set{');
    for (const item of [...value].map(encode).sort()) hash.update(item).update(',');
  } else {
    hash.update('{');
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      // As in JSON, a key holding undefined is no key at all.
      if (item !== undefined) hash.update(JSON.stringify(key)).update(':').update(encode(item)).update(',');
    }
  }
  const digest = hash.digest('base64url');
  digests.set(value, digest);
  return digest;
}
