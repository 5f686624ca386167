import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile } from '../../src/config/find-config.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/config');

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'teamfit-config-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('finding the config file', () => {
  it('walks upward from the working directory', async () => {
    expect(await findConfigFile(join(FIXTURES, 'nested/team/catalog'))).toBe(join(FIXTURES, 'nested/teamfit.config.yaml'));
  });

  it('prefers teamfit.config.yaml, then .teamfit.yaml, then teamfit.config.json in one directory', async () => {
    const root = await tree({ 'a/.teamfit.yaml': '', 'a/teamfit.config.json': '{}', 'b/teamfit.config.json': '{}' });
    expect(await findConfigFile(join(root, 'a'))).toBe(join(root, 'a/.teamfit.yaml'));
    expect(await findConfigFile(join(root, 'b'))).toBe(join(root, 'b/teamfit.config.json'));
  });

  it('stops at the top of a repository, after looking there', async () => {
    const root = await tree({ 'teamfit.config.yaml': '', 'repo/.git/HEAD': '', 'repo/src/x': '', 'other/.git/HEAD': '', 'other/teamfit.config.yaml': '', 'other/src/x': '' });
    expect(await findConfigFile(join(root, 'repo/src'))).toBeUndefined();
    expect(await findConfigFile(join(root, 'other/src'))).toBe(join(root, 'other/teamfit.config.yaml'));
  });

  it('a directory with the config name is not a config file', async () => {
    const root = await tree({ '.git': '', 'teamfit.config.yaml/x': '' });
    expect(await findConfigFile(root)).toBeUndefined();
  });
});
