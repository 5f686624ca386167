import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from './io.js';

interface ReadAheadOptions {
  repo?: string[];
  cache?: boolean;
  cacheDir?: string;
}

/**
 * Runs a command that reads `--repo` clones with the first one's history read from the start, while the
 * command loads its modules and reads the catalog; a read the command did not take by its end (it failed,
 * or no component names the clone) is called off. Only the first: the history stage reads the next clone
 * while it folds this one. Without the cache the history is streamed, never held whole, so it is not read ahead.
 */
export async function withHistoryReadAhead(io: CliIo, command: Command, work: () => Promise<void>): Promise<void> {
  const options = command.optsWithGlobals<ReadAheadOptions>();
  const first = options.repo?.[0];
  if (first === undefined || options.cache === false) return work();
  const { readHistoryAhead } = await import('../read-ahead.js');
  const abandon = readHistoryAhead(resolve(io.cwd, first), resolve(io.cwd, options.cacheDir ?? '.teamfit'));
  try {
    await work();
  } finally {
    abandon();
  }
}
