// node git-run-teamfit.mjs TEAMFIT_BIN ARGS... : runs the teamfit CLI in this process with its output dropped, then
// prints this process's own peak RSS in MiB and its own CPU time in seconds on stderr (getrusage; git's child
// processes are not counted, so the caller's total less this is what git cost).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [bin, ...args] = process.argv.slice(2);
const { runCli } = await import(pathToFileURL(path.join(path.dirname(bin), 'run-cli.js')).href);
const code = await runCli(args, { stdout: () => {}, stdoutBytes: () => {}, stderr: (text) => process.stderr.write(text), env: process.env, cwd: process.cwd(), isStdoutTty: false, isStderrTty: false });
const usage = process.resourceUsage();
process.stderr.write(`node-peak-rss-mib ${(usage.maxRSS / 1024).toFixed(0)}\nnode-cpu-s ${((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(2)}\n`);
process.exitCode = code;
