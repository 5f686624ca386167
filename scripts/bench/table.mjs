import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const nlogn = (n) => n * Math.log2(n);

export function printMachine() {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  let git = '';
  try {
    git = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    git = 'unknown';
  }
  console.log(`machine: ${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, node ${process.version}, load average ${load}, commit ${git}\n`);
}

/** Medians per size, then the growth between neighbouring sizes next to what n and n log n would give. */
export function printTable(orgs) {
  console.log('| components | teams | entities | files | MB | wall time median (min-max) | CPU time median | peak RSS median |');
  console.log('|---:|---:|---:|---:|---:|---|---:|---:|');
  for (const org of orgs) {
    const times = org.runs.map((r) => r.ms / 1000);
    const first = org.runs[0];
    org.time = median(times);
    org.cpu = median(org.runs.map((r) => r.cpuMs / 1000));
    org.rss = median(org.runs.map((r) => r.peakRssMiB));
    console.log(`| ${org.size} | ${first.teams} | ${first.entities} | ${org.files} | ${org.mb.toFixed(1)} | ${org.time.toFixed(2)} s (${Math.min(...times).toFixed(2)}-${Math.max(...times).toFixed(2)}) | ${org.cpu.toFixed(2)} s | ${org.rss.toFixed(0)} MiB |`);
  }
  console.log('\n| growth | components | wall time | CPU time | n | n log n | peak RSS |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (let i = 1; i < orgs.length; i++) {
    const [a, b] = [orgs[i - 1], orgs[i]];
    const x = (value) => `x${value.toFixed(2)}`;
    console.log(`| ${a.size} -> ${b.size} | ${x(b.size / a.size)} | ${x(b.time / a.time)} | ${x(b.cpu / a.cpu)} | ${x(b.size / a.size)} | ${x(nlogn(b.size) / nlogn(a.size))} | ${x(b.rss / a.rss)} |`);
  }
  const tenK = orgs.find((o) => o.size === 10000);
  if (tenK) console.log(`\n10k target (< 5 s, < 500 MiB): ${tenK.time < 5 && tenK.rss < 500 ? 'met' : 'NOT met'} (${tenK.time.toFixed(2)} s, ${tenK.rss.toFixed(0)} MiB)`);
}

/** The other checkout's medians, then this build's as a ratio of them (below 1: this build is cheaper). */
export function printComparison(orgs, against) {
  console.log(`\nAgainst ${against}, measured run for run beside the figures above:\n`);
  printTable(orgs.map((org) => ({ ...org, runs: org.against })));
  console.log('\n| components | wall time (this / against) | CPU time | peak RSS |');
  console.log('|---:|---:|---:|---:|');
  for (const org of orgs) {
    const ratio = (pick) => (median(org.runs.map(pick)) / median(org.against.map(pick))).toFixed(2);
    console.log(`| ${org.size} | x${ratio((r) => r.ms)} | x${ratio((r) => r.cpuMs)} | x${ratio((r) => r.peakRssMiB)} |`);
  }
}

/**
 * How much of a second core this process gets right now: the same fixed work on 1 and then on 2 threads at
 * once. About x2 on an idle 2-core machine, about x1 when other processes keep the cores busy (then parsing
 * on two threads cannot shorten the wall time, whatever the code does).
 */
export async function probeParallelism() {
  const spin = 'let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; import("node:worker_threads").then((w) => w.parentPort.postMessage(x));';
  const run = (threads) =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      let left = threads;
      for (let i = 0; i < threads; i++) {
        new Worker(spin, { eval: true }).on('error', reject).on('message', () => {
          if (--left === 0) resolve(performance.now() - start);
        });
      }
    });
  const one = await run(1);
  const two = await run(2);
  return `two threads did ${((2 * one) / two).toFixed(2)}x the work of one in the same time (load average ${os.loadavg()[0].toFixed(2)})`;
}
