import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A file's size as stored and as sent compressed with the strongest settings a host would precompress with. */
export interface ByteSizes {
  raw: number;
  /** gzip, level 9. */
  gzip: number;
  /** Brotli, quality 11. */
  brotli: number;
}

export const NO_BYTES: ByteSizes = { raw: 0, gzip: 0, brotli: 0 };

/** The raw, gzip (level 9) and Brotli (quality 11) sizes of some bytes. */
export function sizesOf(bytes: Uint8Array): ByteSizes {
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
    }).byteLength,
  };
}

/** The sum of several files' sizes, each compressed on its own as a server sends them. */
export function addSizes(...sizes: readonly ByteSizes[]): ByteSizes {
  return sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }), NO_BYTES);
}

/** Bytes as a reader reads them: "812 B", "14.2 KB" (1 KB = 1,000 bytes, as the budgets count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}
