import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emit } from '../../src/cli/output.js';
import type { CliIo } from '../../src/cli/io.js';
import { temporaryDirectory } from './run-teamfit.js';

// "Zoë Ødegård 🚀" split in the middle of its multi-byte characters, between text and byte pieces.
const whole = '{"author":"Zoë Ødegård 🚀"}\n';
const bytes = Buffer.from(whole.slice(10), 'utf8');
const pieces = [whole.slice(0, 10), bytes.subarray(0, 3), bytes.subarray(3, 9), bytes.subarray(9)];

function io(withBytes: boolean): CliIo & { written: (string | Uint8Array)[] } {
  const written: (string | Uint8Array)[] = [];
  return {
    written,
    stdout: (text) => void written.push(text),
    ...(withBytes ? { stdoutBytes: (chunk: Uint8Array) => void written.push(Buffer.from(chunk)) } : {}),
    stderr: () => undefined,
    env: {},
    cwd: '/',
    isStdoutTty: false,
    isStderrTty: false,
  };
}

describe('emit with pieces that are UTF-8 bytes (kept mine rows)', () => {
  it('hands the bytes to standard output as they are when it takes bytes', async () => {
    const out = io(true);
    await emit(out, pieces, undefined);
    expect(out.written.some((piece) => typeof piece !== 'string')).toBe(true);
    expect(Buffer.concat(out.written.map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece))).toString('utf8')).toBe(whole);
  });

  it('decodes them across piece boundaries when standard output takes only text', async () => {
    const out = io(false);
    await emit(out, pieces, undefined);
    expect(out.written.every((piece) => typeof piece === 'string')).toBe(true);
    expect(out.written.join('')).toBe(whole);
  });

  // Kept rows come as views of one buffer that the next piece overwrites (rows-cache's piecesOf).
  function* lent(text: string): Generator<Uint8Array> {
    const buffer = Buffer.alloc(4);
    const all = Buffer.from(text, 'utf8');
    for (let at = 0; at < all.length; at += buffer.length) {
      const length = all.copy(buffer, 0, at, at + buffer.length);
      yield buffer.subarray(0, length);
    }
    buffer.fill(0);
  }

  it('is done with each lent piece before it asks for the next, on standard output and in a file', async () => {
    const copies: Buffer[] = [];
    // A stream that takes its time: it reads the bytes only after the call has returned.
    const slow = { ...io(true), stdoutBytes: (chunk: Uint8Array) => new Promise<void>((settle) => setTimeout(() => settle(void copies.push(Buffer.from(chunk))), 1)) };
    await emit(slow, lent(whole), undefined);
    expect(Buffer.concat(copies).toString('utf8')).toBe(whole);
    const dir = await temporaryDirectory();
    await emit({ ...io(false), cwd: dir }, lent(whole), 'lent.json');
    expect(readFileSync(join(dir, 'lent.json'), 'utf8')).toBe(whole);
  });

  it('writes text and bytes to a file in order', async () => {
    const dir = await temporaryDirectory();
    await emit({ ...io(false), cwd: dir }, pieces, 'rows.json');
    expect(readFileSync(join(dir, 'rows.json'), 'utf8')).toBe(whole);
  });
});
