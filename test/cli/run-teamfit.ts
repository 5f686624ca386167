import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AnalysisResult } from '../../src/result/index.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'dist/cli/main.js');
export const TINY_ORG = join(ROOT, 'test/fixtures/report/tiny-org');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built binary as a user would, without a TTY and with NO_COLOR=1. */
export function runTeamfit(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  const { FORCE_COLOR: _force, TEAMFIT_DEBUG: _debug, ...inherited } = process.env;
  const env = { ...inherited, NO_COLOR: '1', ...options.env };
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout, stderr });
    });
  });
}

export async function temporaryDirectory(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'teamfit-cli-'));
}

export async function writeResultFile(result: AnalysisResult | string, name = 'result.json'): Promise<string> {
  const path = join(await temporaryDirectory(), name);
  await writeFile(path, typeof result === 'string' ? result : JSON.stringify(result), 'utf8');
  return path;
}
