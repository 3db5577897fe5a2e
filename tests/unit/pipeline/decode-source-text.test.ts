import { describe, expect, it } from 'vitest';
import { decodeSourceText } from '../../../src/pipeline/decode-source-text.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';

function errorOf(bytes: Uint8Array): SourceError {
  try {
    decodeSourceText(bytes, 'bad.md');
  } catch (error) {
    if (error instanceof SourceError) return error;
  }
  throw new Error('expected a SourceError');
}

describe('decodeSourceText', () => {
  it('decodes UTF-8 with curly quotes and emoji unchanged', () => {
    const text = '“Ketamine” ✓ 🧠\n';
    expect(decodeSourceText(new TextEncoder().encode(text), 'ok.md')).toBe(text);
  });

  it('keeps a byte order mark so offsets stay true to the file', () => {
    expect(decodeSourceText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'bom.md')).toBe('\uFEFFA');
  });

  it('names the line and column of a Latin-1 byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('---\ntitle: caf'), 0xe9, 0x0a]);
    const error = errorOf(bytes);
    expect([error.line, error.column, error.ruleId]).toEqual([2, 11, 'encoding']);
    expect(error.reason).toBe('byte 0xe9 at byte offset 14 is not UTF-8');
  });

  it('rejects an overlong encoding and a lone continuation byte', () => {
    expect(errorOf(new Uint8Array([0x41, 0xc0, 0x80])).column).toBe(2);
    expect(errorOf(new Uint8Array([0x80])).column).toBe(1);
  });

  it('rejects control characters that only binary files hold', () => {
    const error = errorOf(new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x63]));
    expect([error.line, error.column, error.ruleId]).toEqual([2, 2, 'binary']);
  });
});
