import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rm, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../util/errors.js';
import type { CliIo } from './io.js';

/**
 * Print to stdout, or write the whole text to `file` and print nothing. Text given in pieces is written as
 * it comes, in blocks, so a long output is never one string in memory.
 */
export async function emit(io: CliIo, text: string | Iterable<string>, file: string | undefined): Promise<void> {
  const blocks = typeof text === 'string' ? [text] : inBlocks(text);
  if (file === undefined) {
    for (const block of blocks) io.stdout(block);
    return;
  }
  await writeAtomically(resolve(io.cwd, file), blocks, file);
}

const BLOCK = 1 << 16;

function* inBlocks(pieces: Iterable<string>): Generator<string> {
  let block: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    block.push(piece);
    length += piece.length;
    if (length >= BLOCK) {
      yield block.join('');
      block = [];
      length = 0;
    }
  }
  if (block.length > 0) yield block.join('');
}

// A temporary file beside the target, renamed over it: a reader, or an interrupted run, never sees half a file.
// Ctrl-C or a kill while it is written removes it too, so nothing half-written is left beside the target.
async function writeAtomically(path: string, text: Iterable<string>, shownAs: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const interrupted = (signal: NodeJS.Signals): void => {
    rmSync(temporary, { force: true });
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot write ${shownAs}: ${reason}`);
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  }
}
