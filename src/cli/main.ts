#!/usr/bin/env node
import { runCli } from './run-cli.js';
import { EXIT_USAGE } from './exit-code.js';

// A closed pipe (`teamfit rules | head`) ends the run quietly, as Unix tools do; any other failure to write
// standard output (`> /dev/full`) is one line and exit 2, never a stack trace or the "findings" code 1.
const onStdoutError = (error: NodeJS.ErrnoException): never => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`teamfit: cannot write to standard output: ${error.code ?? error.message}\n`);
  process.exit(EXIT_USAGE);
};
process.stdout.on('error', onStdoutError);

// A file or device as stdout is written synchronously, so its errors are thrown here, not emitted.
const write = (data: string | Uint8Array): void => {
  try {
    process.stdout.write(data);
  } catch (error) {
    onStdoutError(error as NodeJS.ErrnoException);
  }
};

// Bytes are lent by the caller (CliIo): settled once the stream is done with them, written or buffered.
const writeBytes = (data: Uint8Array): Promise<void> =>
  new Promise((settle) => {
    try {
      process.stdout.write(data, () => settle());
    } catch (error) {
      onStdoutError(error as NodeJS.ErrnoException);
    }
  });

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: write,
  stdoutBytes: writeBytes,
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isStdoutTty: process.stdout.isTTY === true,
  isStderrTty: process.stderr.isTTY === true,
});
