import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isInShard, parseShard, shardFromEnv, shardOf } from '../../src/util/shard.js';

describe('shards of repositories', () => {
  it('reads I/N counting from 1, and the Indexed Job variables counting from 0', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard('4/4')).toEqual({ index: 4, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '-1/2']) expect(parseShard(bad)).toBeUndefined();
    expect(shardFromEnv({})).toBeUndefined();
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '0', JOB_COMPLETION_COUNT: '4' })).toEqual({ index: 1, count: 4 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '3', JOB_COMPLETION_COUNT: '4' })).toEqual({ index: 4, count: 4 });
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '4', JOB_COMPLETION_COUNT: '4' })).toMatch(/expected 0 <= index < count/);
    expect(shardFromEnv({ JOB_COMPLETION_INDEX: '1' })).toMatch(/go together/);
  });

  it('puts every repository in exactly one shard, by folder name wherever the clone lives, bare or not', () => {
    const names = Array.from({ length: 300 }, (_, i) => `repo-${i}`);
    const counts = [0, 0, 0, 0];
    for (const name of names) {
      const shards = [1, 2, 3, 4].filter((index) => isInShard(`/clones/${name}`, { index, count: 4 }));
      expect(shards).toHaveLength(1);
      expect(isInShard(`/elsewhere/acme/${name}.git/`, { index: shards[0] ?? 0, count: 4 })).toBe(true);
      const slot = (shards[0] ?? 1) - 1;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
    // Spread evenly enough that N workers each get about 1/N of the work.
    for (const count of counts) expect(count).toBeGreaterThan(50);
  });

  it('agrees with the shell rule the Kubernetes and GitHub Actions examples clone by', () => {
    const names = ['checkout', 'catalogue', 'search', 'a-b_c.d', 'repo-17'];
    const script = 'for name in "$@"; do hash=$(printf %s "$name" | sha256sum | cut -c1-8); echo $(( 16#$hash % 7 + 1 )); done';
    const shell = execFileSync('bash', ['-c', script, 'shards', ...names], { encoding: 'utf8' }).trim().split('\n').map(Number);
    expect(shell).toEqual(names.map((name) => shardOf(name, 7)));
  });
});
