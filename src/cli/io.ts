/** Everything the CLI touches in its environment, so commands can be run and tested without a process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  isStdoutTty: boolean;
  isStderrTty: boolean;
}
