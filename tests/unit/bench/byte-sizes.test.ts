import { describe, expect, it } from 'vitest';
import { addSizes, formatBytes, sizesOf } from '../../../scripts/bench/byte-sizes.ts';

const repetitive = new TextEncoder().encode('<li class="claim-card">ketamine</li>\n'.repeat(200));

describe('sizesOf', () => {
  it('counts raw bytes, not characters', () => {
    expect(sizesOf(new TextEncoder().encode('é’')).raw).toBe(5);
  });

  it('counts gzip and Brotli streams, Brotli the smaller on markup', () => {
    const sizes = sizesOf(repetitive);
    expect(sizes.raw).toBe(repetitive.byteLength);
    expect(sizes.gzip).toBeLessThan(sizes.raw / 10);
    expect(sizes.brotli).toBeLessThan(sizes.gzip);
  });

  it('counts an empty file as the bytes of an empty stream', () => {
    const sizes = sizesOf(new Uint8Array());
    expect(sizes.raw).toBe(0);
    expect(sizes.gzip).toBe(20);
    expect(sizes.brotli).toBe(1);
  });
});

describe('addSizes', () => {
  it('adds files compressed one by one, as a server sends them', () => {
    expect(addSizes({ raw: 10, gzip: 5, brotli: 4 }, { raw: 1, gzip: 2, brotli: 3 })).toEqual({ raw: 11, gzip: 7, brotli: 7 });
    expect(addSizes()).toEqual({ raw: 0, gzip: 0, brotli: 0 });
  });
});

describe('formatBytes', () => {
  it('writes 1 KB as 1,000 bytes, as the budgets count', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(15_000)).toBe('15.0 KB');
    expect(formatBytes(2_500_000)).toBe('2.50 MB');
  });
});
