import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, sniffText } from '../../src/ingest/invalid-utf8.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('firstInvalidUtf8', () => {
  it('points at the first bad byte by line and column', () => {
    expect(firstInvalidUtf8(bytes('a: 1\nname: caf', [0xe9], '\n'), 'f.yaml')).toEqual({ file: 'f.yaml', line: 2, column: 10, byte: 0xe9 });
  });

  it('skips U+FFFD written in the file, which is valid UTF-8', () => {
    expect(firstInvalidUtf8(bytes('x: \uFFFD\uFFFD ', [0xff]), 'f.yaml')).toMatchObject({ line: 1, column: 7, byte: 0xff });
  });

  it('counts multi-byte characters and a leading BOM correctly', () => {
    expect(firstInvalidUtf8(bytes([0xef, 0xbb, 0xbf], 'é\uFFFD€', [0xc3]), 'f.yaml')).toMatchObject({ line: 1, column: 4, byte: 0xc3 });
  });
});

describe('sniffText', () => {
  it('reads UTF-16 with its byte-order mark, so a scan recognises the catalog', () => {
    const text = 'apiVersion: backstage.io/v1alpha1';
    expect(sniffText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(sniffText(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
  });
});
