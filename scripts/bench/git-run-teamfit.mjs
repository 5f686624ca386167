// node git-run-teamfit.mjs TEAMFIT_BIN ARGS... : runs the teamfit CLI in this process with its output dropped, then
// prints this process's own peak RSS in MiB on stderr (getrusage; git's child processes are not counted).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [bin, ...args] = process.argv.slice(2);
const { runCli } = await import(pathToFileURL(path.join(path.dirname(bin), 'run-cli.js')).href);
const code = await runCli(args, { stdout: () => {}, stderr: (text) => process.stderr.write(text), env: process.env, cwd: process.cwd(), isStdoutTty: false, isStderrTty: false });
process.stderr.write(`node-peak-rss-mib ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`);
process.exitCode = code;
