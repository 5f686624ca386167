import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Author {
  name: string;
  email: string;
}

/** A git repository built by a test with real git commands; dates are fixed so every run builds the same history. */
export class FixtureRepo {
  readonly path: string;
  private tick = 0;

  constructor(path?: string) {
    this.path = path ?? mkdtempSync(join(tmpdir(), 'teamfit-git-'));
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.path, encoding: 'utf8', env: this.env() });
  }

  /** Writes (or, with null, deletes) files and commits them as `author` on `date` (YYYY-MM-DD, noon UTC). */
  commit(author: Author, date: string, files: Record<string, string | null>, message = `change ${++this.tick}`): string {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.path, path);
      if (content === null) rmSync(full);
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    this.git('add', '-A');
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: this.path, env: this.env(author, date) });
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** Commits a file whose name is given as raw bytes (for names that are not UTF-8). */
  commitRawName(author: Author, date: string, name: Buffer, content: string): void {
    const full = Buffer.concat([Buffer.from(`${this.path}/`), name]);
    writeFileSync(full, content);
    this.git('add', '-A');
    execFileSync('git', ['commit', '-q', '-m', 'raw name'], { cwd: this.path, env: this.env(author, date) });
  }

  merge(author: Author, date: string, branch: string): void {
    execFileSync('git', ['merge', '-q', '--no-ff', '-m', `merge ${branch}`, branch], { cwd: this.path, env: this.env(author, date) });
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }

  private env(author?: Author, date?: string): NodeJS.ProcessEnv {
    const when = date === undefined ? undefined : `${date}T12:00:00+00:00`;
    return {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      ...(author ? { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email } : {}),
      ...(when ? { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } : {}),
    };
  }
}

export const ANA: Author = { name: 'Ana Lima', email: 'ana@example.com' };
export const BO: Author = { name: 'Bo Berg', email: 'bo@example.com' };
export const CY: Author = { name: 'Cy Chen', email: 'cy@example.com' };
export const BOT: Author = { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' };
