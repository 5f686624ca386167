// One teamfit command run in this process, timed: what the measure-*.mjs scripts share.
import { performance } from 'node:perf_hooks';
import { runCli } from '../../dist/cli/run-cli.js';

/** Runs `teamfit ARGS`; returns its exit code, what it wrote to stderr, wall and CPU milliseconds and peak RSS. */
export async function timedCli(args) {
  const stderr = [];
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const code = await runCli(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => void stderr.push(text),
    env: process.env,
    cwd: process.cwd(),
    isStdoutTty: false,
    isStderrTty: false,
  });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  // getrusage's peak resident set of this process, in KiB: no peak between samples is missed.
  return { code, stderr: stderr.join(''), ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMiB: process.resourceUsage().maxRSS / 1024 };
}
