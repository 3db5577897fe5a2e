import { SourceError } from './source-error.ts';

/**
 * The text of a source file from its bytes. Sources must be UTF-8 text: a byte sequence that is
 * not UTF-8, or a control character that only binary files hold, stops the build at its place.
 * A byte order mark is kept as a character so that offsets stay true to the file.
 */
export function decodeSourceText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
    throw new SourceError({
      file,
      place: placeAfter(before),
      reason: `byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at byte offset ${offset} is not UTF-8`,
      fix: 'save the file as UTF-8 (most editors offer "Save with encoding"), or replace the character there',
      ruleId: 'encoding',
    });
  }
  const control = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    throw new SourceError({
      file,
      place: placeAfter(text.slice(0, control.index)),
      reason: `control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} looks like binary data`,
      fix: 'a source is plain text: remove the character, or check that the right file was saved here',
      ruleId: 'binary',
    });
  }
  return text;
}

function placeAfter(prefix: string): { line: number; column: number } {
  const lines = prefix.split('\n');
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1 };
}

/** The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, max U+10FFFF). */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      index++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return index;
    }
    let codePoint = lead & (0xff >> (length + 1));
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (byte & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += length;
  }
  return bytes.length;
}
