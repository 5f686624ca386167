import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/** One share of the repositories: `index` counts from 1, as `--shard 1/4` (jest, playwright, vitest) does. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `I/N` (1 <= I <= N); undefined when the text is not one, so the caller words the error. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * The shard a Kubernetes Indexed Job (or anything setting the same variables) gives this process:
 * `JOB_COMPLETION_INDEX` counts from 0 (Kubernetes sets it), `JOB_COMPLETION_COUNT` is the number of
 * completions (the manifest passes it). Undefined when they are absent; a string saying why when they are wrong.
 */
export function shardFromEnv(env: Readonly<Record<string, string | undefined>>): Shard | string | undefined {
  const index = env.JOB_COMPLETION_INDEX;
  const count = env.JOB_COMPLETION_COUNT;
  if (index === undefined && count === undefined) return undefined;
  if (index === undefined || count === undefined) return 'JOB_COMPLETION_INDEX and JOB_COMPLETION_COUNT go together: set both, or pass --shard I/N';
  const shard = /^\d+$/.test(index) ? parseShard(`${Number(index) + 1}/${count}`) : undefined;
  return shard ?? `JOB_COMPLETION_INDEX=${index} and JOB_COMPLETION_COUNT=${count}: expected 0 <= index < count`;
}

/**
 * Whether the repository at `path` belongs to `shard`. The key is its folder name (without `.git`), hashed:
 * the same on every machine whatever the folder holding the clones, and a repository keeps its shard when
 * others are added or removed, so re-running one shard redoes the same repositories.
 */
export function isInShard(path: string, shard: Shard): boolean {
  return shardOf(repositoryKey(path), shard.count) === shard.index;
}

/** The 1-based shard of a key among `count`. */
export function shardOf(key: string, count: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

export function repositoryKey(path: string): string {
  return basename(path.replace(/[\\/]+$/, '')).replace(/\.git$/, '');
}
