import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, lstatSync, openSync, closeSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, TINY_ORG, runTeamfit, temporaryDirectory } from './run-teamfit.js';

// Each case makes its own target in a temporary folder; no test writes to the machine's /dev nodes.
describe('--output onto what is already there', () => {
  it('a regular file is replaced atomically and keeps its mode', async () => {
    const dir = await temporaryDirectory();
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    chmodSync(target, 0o600);
    const run = await runTeamfit(['analyze', TINY_ORG, '--format', 'json', '--output', target, '--fail-on', 'none']);
    expect(run.code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(target, 'utf8')).schemaVersion).toBeTypeOf('string');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('a symlink is followed: its target is written and the link stays a link', async () => {
    const dir = await temporaryDirectory();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    const run = await runTeamfit(['schema', '--output', 'link.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toContain('"$schema"');
  });

  it('a symlink to nothing, and a directory, are refused with exit 2 and one line', async () => {
    const dir = await temporaryDirectory();
    symlinkSync('missing.json', join(dir, 'dangling.json'));
    mkdirSync(join(dir, 'folder'));
    for (const [target, why] of [['dangling.json', 'it is a symlink to a path that does not exist'], ['folder', 'it is a directory']] as const) {
      const run = await runTeamfit(['schema', '--output', target], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`teamfit: cannot write ${target}: ${why}\n`);
    }
    expect(existsSync(join(dir, 'missing.json'))).toBe(false);
  });

  it('a FIFO is written straight and stays a FIFO', async () => {
    const dir = await temporaryDirectory();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const read = new Promise<string>((done) => {
      const chunks: Buffer[] = [];
      createReadStream(fifo).on('data', (chunk) => chunks.push(chunk as Buffer)).on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    });
    const run = await runTeamfit(['schema', '--output', fifo]);
    expect(run.code).toBe(0);
    expect(await read).toContain('"$schema"');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('`-` is standard output in every command that writes', async () => {
    const dir = await temporaryDirectory();
    for (const args of [['analyze', TINY_ORG, '--format', 'json', '--fail-on', 'none'], ['schema'], ['baseline', TINY_ORG]]) {
      const run = await runTeamfit([...args, '--output', '-'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith('{')).toBe(true);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('standard output that cannot be written', () => {
  function runWithStdout(stdout: number | 'pipe-closed'): Promise<{ code: number | null; stderr: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [BIN, 'schema'], { stdio: ['ignore', stdout === 'pipe-closed' ? 'pipe' : stdout, 'pipe'] });
      if (stdout === 'pipe-closed') child.stdout?.destroy();
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => done({ code, stderr }));
    });
  }

  it('a write error is one line and exit 2, not a stack trace', async () => {
    const dir = await temporaryDirectory();
    writeFileSync(join(dir, 'read-only'), '');
    // A descriptor opened for reading fails every write (EBADF), as a full disk would (ENOSPC).
    const fd = openSync(join(dir, 'read-only'), 'r');
    try {
      const run = await runWithStdout(fd);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^teamfit: cannot write to standard output: E[A-Z]+\n$/);
    } finally {
      closeSync(fd);
    }
  });

  it('a closed pipe ends the run quietly', async () => {
    const run = await runWithStdout('pipe-closed');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
