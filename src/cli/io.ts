/** Everything the CLI touches in its environment, so commands can be run and tested without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  /**
   * Bytes for standard output as they are (a kept output streamed back); without it they are decoded for
   * `stdout`. The bytes are lent: the caller reuses them once the call returns, or once the promise it
   * returns settles, so an implementation that keeps them must copy them.
   */
  stdoutBytes?: (bytes: Uint8Array) => void | Promise<void>;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  isStdoutTty: boolean;
  isStderrTty: boolean;
}
