import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/io.js';
import { TestRepo, type Author } from '../discover/git-repo.js';
import { fixtures } from '../history/helpers.js';

const ana: Author = { name: 'Ana', email: 'ana@shop.example' };
const catalog = path.join(fixtures, 'shop');

function shopRepository(): TestRepo {
  const repo = new TestRepo('monorepo');
  repo.git('remote', 'add', 'origin', 'git@git.shop.example:shop/monorepo.git');
  for (let i = 0; i < 5; i++) repo.commit(`change ${i}`, { 'services/checkout/price.ts': `// ${i}\n` }, ana);
  return repo;
}

async function run(args: string[], io: { tty: boolean; env?: Record<string, string> }): Promise<{ stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const cli: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { NO_COLOR: '1', ...io.env },
    cwd: fixtures,
    isStdoutTty: false,
    isStderrTty: io.tty,
  };
  await runCli(args, cli);
  return { stdout, stderr };
}

describe('progress on stderr', () => {
  const repo = shopRepository();
  const args = ['analyze', catalog, '--repo', repo.dir, '--since', '2020-01-01', '--no-cache', '--format', 'json'];

  it('shows catalog reading and each repository history with its commit count when stderr is a terminal', async () => {
    const { stdout, stderr } = await run(args, { tty: true });
    expect(stderr).toMatch(/^teamfit: reading /m);
    expect(stderr).toMatch(/^teamfit: \d+ entities from \d+ files/m);
    expect(stderr).toMatch(/^teamfit: reading the history of .*monorepo \(1 of 1\)$/m);
    expect(stderr).toMatch(/^teamfit: .*monorepo: 5 commits in the window$/m);
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('is off when stderr is not a terminal, with --quiet, and with CI=true; --verbose asks for it anywhere', async () => {
    expect((await run(args, { tty: false })).stderr).toBe('');
    expect((await run([...args, '--quiet'], { tty: true })).stderr).toBe('');
    expect((await run(args, { tty: true, env: { CI: 'true' } })).stderr).toBe('');
    expect((await run(args, { tty: true, env: { CI: 'false' } })).stderr).not.toBe('');
    expect((await run([...args, '--verbose'], { tty: false, env: { CI: 'true' } })).stderr).toContain('commits in the window');
  });
});

describe('catalog reading progress', () => {
  it('says every 500 files how far a long read got', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'teamfit-progress-'));
    for (let i = 0; i < 1_001; i++) {
      writeFileSync(path.join(dir, `c${i}.yaml`), `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: c${i}\nspec:\n  type: service\n  lifecycle: production\n  owner: team\n`);
    }
    const messages: string[] = [];
    const read = await readCatalog({ paths: [dir], cwd: dir, onProgress: (message) => messages.push(message) });
    expect(read.entities).toHaveLength(1_001);
    expect(messages).toEqual(['read 500 catalog files, 500 entities so far', 'read 1000 catalog files, 1000 entities so far']);
  });
});
