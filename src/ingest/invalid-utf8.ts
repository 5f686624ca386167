import type { SourcePosition } from '../result/index.js';

const REPLACEMENT = '\uFFFD';
const BOM = [0xef, 0xbb, 0xbf];

/**
 * Line and column of the first byte that is not UTF-8, so the user can find a stray Latin-1 `é` in a long
 * file. Columns count characters of the text before it, as yaml's positions do. Linear in the file size:
 * byte offsets are advanced between occurrences of U+FFFD, never recounted from the start.
 */
export function firstInvalidUtf8(bytes: Uint8Array, file: string): SourcePosition & { byte: number } {
  // The lenient decoder drops a leading BOM, so its text starts 3 bytes in.
  const text = new TextDecoder('utf-8').decode(bytes);
  let offset = BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
  let scanned = 0;
  let index = text.indexOf(REPLACEMENT);
  while (index !== -1) {
    offset += Buffer.byteLength(text.slice(scanned, index));
    scanned = index;
    // A U+FFFD written in the file itself is valid UTF-8 (EF BF BD); the decoder's own ones are not.
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) break;
    index = text.indexOf(REPLACEMENT, index + 1);
  }
  const at = index === -1 ? text.length : index;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return { file, line, column: at - lineStart + 1, byte: bytes[offset] ?? 0 };
}

/** The encoding a UTF-16 byte-order mark announces, if the bytes start with one. */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Text good enough to sniff a file that is not UTF-8: UTF-16 when it says so (Windows editors save
 * "Unicode" that way, and its ASCII would hide behind NUL bytes), otherwise one character per byte.
 */
export function sniffText(bytes: Uint8Array): string {
  const utf16 = utf16Encoding(bytes);
  return utf16 ? new TextDecoder(utf16).decode(bytes) : Buffer.from(bytes).toString('latin1');
}
