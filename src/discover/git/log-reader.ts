import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';

/**
 * A minimal streaming reader of `git log --name-only -z`, local to discovery until the shared git reader
 * lands (then this file is replaced by it). Memory stays bounded: commits are yielded one by one.
 */
export interface LogCommit {
  hash: string;
  parents: number;
  author: string;
  email: string;
  subject: string;
  files: string[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';

export async function* readGitLog(cwd: string, options: { maxCommits: number }): AsyncGenerator<LogCommit> {
  const args = ['-c', 'core.quotepath=off', 'log', '--no-renames', '--name-only', '-z', `--max-count=${options.maxCommits}`, `--format=${RECORD}%H${FIELD}%P${FIELD}%an${FIELD}%ae${FIELD}%s`, '--'];
  const child = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
  const decoder = new StringDecoder('utf8');
  let buffer = '';
  const closed = new Promise<number | null>((resolve) => {
    child.on('close', resolve);
    child.on('error', () => resolve(-1));
  });
  try {
    for await (const chunk of child.stdout) {
      buffer += decoder.write(chunk as Buffer);
      const last = buffer.lastIndexOf(RECORD);
      if (last <= 0) continue;
      const complete = buffer.slice(0, last);
      buffer = buffer.slice(last);
      for (const record of complete.split(RECORD)) {
        const commit = parseRecord(record);
        if (commit) yield commit;
      }
    }
    buffer += decoder.end();
    for (const record of buffer.split(RECORD)) {
      const commit = parseRecord(record);
      if (commit) yield commit;
    }
  } finally {
    if (child.exitCode === null) child.kill();
    await closed;
  }
}

function parseRecord(record: string): LogCommit | undefined {
  if (record === '') return undefined;
  const end = record.indexOf('\0');
  const header = end < 0 ? record : record.slice(0, end);
  const [hash = '', parents = '', author = '', email = '', subject = ''] = header.split(FIELD);
  if (hash === '') return undefined;
  const files = end < 0 ? [] : record.slice(end + 1).replace(/^\n/, '').split('\0').filter((f) => f !== '');
  return { hash, parents: parents.trim() === '' ? 0 : parents.trim().split(' ').length, author, email, subject, files };
}
