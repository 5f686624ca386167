const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Paths reach us as raw bytes (git prints them unquoted with -z), here `data` from `start` to `end`. Valid
 * UTF-8 is decoded as is. Other bytes cannot be shown faithfully as text, so each invalid byte is written
 * `\xNN` (and a backslash in such a path `\\`), which keeps distinct byte strings distinct; the caller
 * reports these paths in a diagnostic.
 */
export function decodePath(data: Buffer, start = 0, end = data.length): { path: string; isValidUtf8: boolean } {
  if (isAscii(data, start, end)) return { path: data.toString('latin1', start, end), isValidUtf8: true };
  const bytes = data.subarray(start, end);
  try {
    return { path: strictUtf8.decode(bytes), isValidUtf8: true };
  } catch {
    return { path: escapeInvalid(bytes), isValidUtf8: false };
  }
}

function isAscii(bytes: Buffer, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if ((bytes[index] ?? 0) >= 0x80) return false;
  return true;
}

function escapeInvalid(bytes: Buffer): string {
  let out = '';
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) {
      out += `\\x${(bytes[index] ?? 0).toString(16).padStart(2, '0')}`;
      index += 1;
    } else {
      const text = bytes.toString('utf8', index, index + length);
      out += text === '\\' ? '\\\\' : text;
      index += length;
    }
  }
  return out;
}

// The length of a well-formed UTF-8 sequence starting at `index`, or 0 when the byte there starts none.
function utf8SequenceLength(bytes: Buffer, index: number): number {
  const lead = bytes[index] ?? 0;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length <= 1) return length;
  if (index + length > bytes.length) return 0;
  try {
    strictUtf8.decode(bytes.subarray(index, index + length));
    return length;
  } catch {
    return 0;
  }
}
