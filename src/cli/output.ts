import { randomBytes } from 'node:crypto';
import { rmSync, type Stats } from 'node:fs';
import { chmod, chown, lstat, realpath, rm, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Option } from 'commander';
import { errorCode, UsageError } from '../util/errors.js';
import type { CliIo } from './io.js';

/** `--output -` means standard output, in every command. */
export const STDOUT = '-';

/**
 * Print to stdout, or write the whole text to `file` and print nothing. Text given in pieces is written as
 * it comes, in blocks, so a long output is never one string in memory; pieces that are bytes (UTF-8) are
 * written as they are.
 *
 * What is at `file` decides how it is written: a regular file or a new path atomically (a temporary file
 * renamed over it, keeping the old file's mode); a character device, FIFO or socket straight, as a shell
 * redirection would; a symlink is followed and its target written by those rules, the link itself kept.
 */
export async function emit(io: CliIo, text: string | Iterable<string | Uint8Array>, file: string | undefined): Promise<void> {
  const blocks = typeof text === 'string' ? [text] : inBlocks(text);
  if (file === undefined || file === STDOUT) {
    const decoder = new StringDecoder('utf8');
    for (const block of blocks) {
      if (typeof block === 'string') io.stdout(block);
      else if (io.stdoutBytes !== undefined) await io.stdoutBytes(block);
      else io.stdout(decoder.write(block));
    }
    const rest = decoder.end();
    if (rest !== '') io.stdout(rest);
    return;
  }
  const path = await writeTarget(resolve(io.cwd, file), file);
  try {
    if (path.existing && !path.existing.isFile()) await writeFile(path.path, blocks, { encoding: 'utf8', flag: 'w' });
    else await writeAtomically(path.path, blocks, path.existing);
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`cannot write ${file}: ${reasonOf(error)}`);
  }
}

interface Target {
  /** The path to write: the symlink's target when `file` is a symlink. */
  path: string;
  /** What is there now, if anything. */
  existing?: Stats;
}

async function writeTarget(path: string, shownAs: string): Promise<Target> {
  const link = await lstat(path).catch(() => undefined);
  if (link === undefined) return { path };
  const real = link.isSymbolicLink() ? await realpath(path).catch(() => undefined) : path;
  // A dangling symlink: writing would create its target somewhere the user did not name; refuse instead.
  if (real === undefined) throw new UsageError(`cannot write ${shownAs}: it is a symlink to a path that does not exist`);
  const existing = await stat(real);
  if (existing.isDirectory()) throw new UsageError(`cannot write ${shownAs}: it is a directory`);
  if (existing.isBlockDevice()) throw new UsageError(`cannot write ${shownAs}: it is a block device`);
  return { path: real, existing };
}

const BLOCK = 1 << 16;

function* inBlocks(pieces: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
  let block: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (block.length > 0) yield block.join('');
      block = [];
      length = 0;
      yield piece;
      continue;
    }
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
async function writeAtomically(path: string, text: Iterable<string | Uint8Array>, existing: Stats | undefined): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const interrupted = (signal: NodeJS.Signals): void => {
    rmSync(temporary, { force: true });
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    // Created private, then given the replaced file's mode (and owner, where allowed) before it takes its place.
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx', mode: existing ? 0o600 : 0o666 });
    if (existing) {
      await chown(temporary, existing.uid, existing.gid).catch(() => undefined);
      await chmod(temporary, existing.mode & 0o7777);
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  }
}

function reasonOf(error: unknown): string {
  return errorCode(error) ?? String(error);
}

export function outputOption(): Option {
  return new Option('--output <file>', 'write the report to a file instead of stdout (`-`: stdout; a regular file is replaced atomically keeping its mode, a device or FIFO written straight, a symlink followed)');
}
