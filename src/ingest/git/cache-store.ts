import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { GitCommit } from './types.js';

/** Commits are stored in chunks of this many, in log order: few rows, so a warm run reads fast. */
const CHUNK = 2000;

export interface CachedRange {
  id: number;
  tips: string[];
}

/**
 * The commit cache: one SQLite file in WAL mode. Each read range of a repository (its real git directory,
 * what was asked for and how) keeps the commits read so far and the tips they were read from. Every write
 * is one transaction, so an interrupted run leaves the previous state intact.
 */
export class CommitCache {
  private readonly db: Database.Database;

  constructor(directory: string) {
    mkdirSync(directory, { recursive: true });
    this.db = new Database(join(directory, 'git-history.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS ranges (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        tips TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS chunks (
        range_id INTEGER NOT NULL REFERENCES ranges(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        commits TEXT NOT NULL,
        PRIMARY KEY (range_id, seq)
      );
    `);
  }

  find(key: string): CachedRange | undefined {
    const row = this.db.prepare<[string], { id: number; tips: string }>('SELECT id, tips FROM ranges WHERE key = ?').get(key);
    return row === undefined ? undefined : { id: row.id, tips: JSON.parse(row.tips) as string[] };
  }

  /** All cached commits of a range, newest first. */
  load(range: CachedRange): GitCommit[] {
    const commits: GitCommit[] = [];
    const strings = new Map<string, string>();
    const intern = (text: string): string => strings.get(text) ?? (strings.set(text, text), text);
    const statement = this.db.prepare<[number], { commits: string }>('SELECT commits FROM chunks WHERE range_id = ? ORDER BY seq');
    for (const row of statement.iterate(range.id)) {
      for (const commit of JSON.parse(row.commits) as GitCommit[]) {
        commit.authorName = intern(commit.authorName);
        commit.authorEmail = intern(commit.authorEmail);
        for (const file of commit.files) file.path = intern(file.path);
        commits.push(commit);
      }
    }
    return commits;
  }

  /**
   * Records commits newer than those cached (newest first) and the tips they were read from, in one
   * transaction. `replace` drops what was cached first (history rewritten, or a first read).
   */
  save(key: string, tips: readonly string[], commits: readonly GitCommit[], replace: boolean): void {
    const write = this.db.transaction(() => {
      if (replace) this.db.prepare('DELETE FROM ranges WHERE key = ?').run(key);
      this.db.prepare('INSERT INTO ranges (key, tips) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET tips = excluded.tips').run(key, JSON.stringify(tips));
      const { id } = this.db.prepare<[string], { id: number }>('SELECT id FROM ranges WHERE key = ?').get(key) ?? { id: 0 };
      if (replace) this.db.prepare('DELETE FROM chunks WHERE range_id = ?').run(id);
      const { first } = this.db.prepare<[number], { first: number | null }>('SELECT MIN(seq) AS first FROM chunks WHERE range_id = ?').get(id) ?? { first: null };
      const chunkCount = Math.ceil(commits.length / CHUNK);
      // Newer commits get lower numbers, so ORDER BY seq stays newest first.
      const start = (first ?? 0) - chunkCount;
      const insert = this.db.prepare('INSERT INTO chunks (range_id, seq, commits) VALUES (?, ?, ?)');
      for (let index = 0; index < chunkCount; index++) insert.run(id, start + index, JSON.stringify(commits.slice(index * CHUNK, (index + 1) * CHUNK)));
    });
    write.immediate();
  }

  close(): void {
    this.db.close();
  }
}
