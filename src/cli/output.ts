import { randomBytes } from 'node:crypto';
import { rm, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../util/errors.js';
import type { CliIo } from './io.js';

/** Print to stdout, or write the whole text to `file` and print nothing. */
export async function emit(io: CliIo, text: string, file: string | undefined): Promise<void> {
  if (file === undefined) {
    io.stdout(text);
    return;
  }
  await writeAtomically(resolve(io.cwd, file), text, file);
}

// A temporary file beside the target, renamed over it: a reader, or an interrupted run, never sees half a file.
async function writeAtomically(path: string, text: string, shownAs: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot write ${shownAs}: ${reason}`);
  }
}
