import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Author {
  name: string;
  email: string;
}

export const ALICE: Author = { name: 'Alice', email: 'alice@example.com' };
export const BOB: Author = { name: 'Bob', email: 'bob@example.com' };
export const DEPENDABOT: Author = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };

/** A git repository built with real git commands in a temporary directory, one commit at a time. */
export class TestRepo {
  readonly dir: string;
  private tick = 0;

  constructor(name = 'shop') {
    this.dir = join(mkdtempSync(join(tmpdir(), 'teamfit-discover-')), name);
    mkdirSync(this.dir);
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: this.env(ALICE) });
  }

  write(files: Record<string, string>): this {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
    return this;
  }

  /** Writes the files (if any) and commits everything as `author`, with a fixed, increasing date. */
  commit(message: string, files: Record<string, string> = {}, author: Author = ALICE): this {
    this.write(files);
    execFileSync('git', ['add', '-A'], { cwd: this.dir, env: this.env(author) });
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: this.dir, env: this.env(author) });
    return this;
  }

  /** Like commit, dated `when` (an ISO date) instead of the next tick. */
  commitOn(when: string, message: string, files: Record<string, string> = {}, author: Author = ALICE): this {
    this.write(files);
    const env = { ...this.env(author), GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
    execFileSync('git', ['add', '-A'], { cwd: this.dir, env });
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: this.dir, env });
    return this;
  }

  tag(name: string): this {
    execFileSync('git', ['tag', '-a', name, '-m', name], { cwd: this.dir, env: this.env(ALICE) });
    return this;
  }

  private env(author: Author): NodeJS.ProcessEnv {
    this.tick++;
    const when = new Date(Date.parse('2024-01-01T00:00:00Z') + this.tick * 60_000).toISOString();
    return {
      ...process.env,
      GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email, GIT_COMMITTER_DATE: when,
      GIT_CONFIG_NOSYSTEM: '1', HOME: this.dir,
    };
  }
}
