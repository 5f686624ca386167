import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { reportError } from '../../src/cli/errors.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { UsageError } from '../../src/util/errors.js';

function captureIo(env: Record<string, string> = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    env,
    cwd: process.cwd(),
    isStdoutTty: false,
    isStderrTty: false,
  };
}

describe('reportError', () => {
  it('prints a UsageError as one line and returns 2', () => {
    const io = captureIo();
    expect(reportError(new UsageError('bad\ninput'), io, true)).toBe(2);
    expect(io.err.join('')).toBe('teamfit: bad input\n');
  });

  it('labels anything else an internal error, with the stack only when verbose', () => {
    const quiet = captureIo();
    expect(reportError(new TypeError('boom'), quiet, false)).toBe(2);
    expect(quiet.err.join('')).toBe('teamfit: internal error: boom\n');
    const verbose = captureIo();
    reportError(new TypeError('boom'), verbose, true);
    expect(verbose.err.join('')).toMatch(/^teamfit: internal error: boom\nTypeError: boom\n\s+at /);
  });

  it('maps commander exits: 0 stays 0, anything else is 2', () => {
    const io = captureIo();
    expect(reportError(new CommanderError(0, 'commander.helpDisplayed', ''), io, false)).toBe(0);
    expect(reportError(new CommanderError(1, 'commander.unknownOption', ''), io, false)).toBe(2);
    expect(io.err).toEqual([]);
  });
});

describe('runCli in process', () => {
  it('writes to the given io and returns the exit code', async () => {
    const io = captureIo();
    expect(await runCli(['rules', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out.join(''))).toContainEqual(expect.objectContaining({ id: 'missing-owner' }));
  });

  it('returns 2 with a single line for a commander error', async () => {
    const io = captureIo();
    expect(await runCli(['rules', '--format', 'html'], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err.join('').trim().split('\n')).toHaveLength(1);
  });
});
