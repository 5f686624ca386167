import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { joinColumns, type CommitColumns } from './commit-columns.js';
import { decodeColumns, encodeColumns } from './columns-codec.js';

/** Bumped whenever the stored form changes: an older cache is dropped, never misread. */
const FORMAT_VERSION = 2;
/** Past this many segments in a range (one per run that found new commits), they are joined into one. */
const MAX_SEGMENTS = 16;

export interface CachedRange {
  id: number;
  tips: string[];
}

export interface CachedSnapshot {
  range: CachedRange;
  columns: CommitColumns;
}

/**
 * The commit cache: one SQLite file in WAL mode. Each read range of a repository (its real git directory,
 * what was asked for and how) keeps the commits read so far, as compact columns in segments (one per run
 * that read new commits, newest first), and the tips they were read from. Every write is one transaction,
 * so an interrupted run leaves the previous state intact.
 */
export class CommitCache {
  private readonly db: BetterSqlite3.Database;

  /** `Database` comes from `loadSqliteDriver()`: the driver is optional and loaded only when a cache is used. */
  constructor(directory: string, Database: typeof BetterSqlite3) {
    mkdirSync(directory, { recursive: true });
    this.db = new Database(join(directory, 'git-history.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    if (this.db.pragma('user_version', { simple: true }) !== FORMAT_VERSION) {
      this.db.transaction(() => {
        this.db.exec('DROP TABLE IF EXISTS chunks; DROP TABLE IF EXISTS segments; DROP TABLE IF EXISTS ranges;');
        this.db.pragma(`user_version = ${FORMAT_VERSION}`);
      }).immediate();
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS ranges (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        tips TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS segments (
        range_id INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        header TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (range_id, seq)
      );
    `);
  }

  find(key: string): CachedRange | undefined {
    const row = this.db.prepare<[string], { id: number; tips: string }>('SELECT id, tips FROM ranges WHERE key = ?').get(key);
    return row === undefined ? undefined : { id: row.id, tips: JSON.parse(row.tips) as string[] };
  }

  /**
   * A range's tips and commits read in one transaction: another process saving between the two reads
   * would otherwise pair old tips with new commits, and this run would count those commits twice.
   */
  snapshot(key: string): CachedSnapshot | undefined {
    return this.db.transaction(() => {
      const range = this.find(key);
      return range === undefined ? undefined : { range, columns: this.load(range) };
    })();
  }

  /** All cached commits of a range, newest first. */
  load(range: CachedRange): CommitColumns {
    const statement = this.db.prepare<[number], { header: string; data: Buffer }>('SELECT header, data FROM segments WHERE range_id = ? ORDER BY seq');
    return joinColumns(statement.all(range.id).map(decodeColumns));
  }

  /**
   * Records commits read from `tips` down to `base` (newest first) in one transaction, and returns
   * whether it did. Without `base` the commits are the whole range and replace what was cached (a first
   * read, or history rewritten). With `base` they are added only while the cache still ends at exactly
   * `base`: when a concurrent run has moved the range meanwhile, adding them would count them twice, so
   * the first writer of a range and tip set wins and the others leave the cache as it is.
   */
  save(key: string, tips: readonly string[], columns: CommitColumns, base?: readonly string[]): boolean {
    const write = this.db.transaction((): boolean => {
      const current = this.find(key);
      if (current !== undefined && sameTips(current.tips, tips)) return false;
      if (base !== undefined && (current === undefined || !sameTips(current.tips, base))) return false;
      this.db.prepare('INSERT INTO ranges (key, tips) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET tips = excluded.tips').run(key, JSON.stringify(tips));
      const { id } = this.db.prepare<[string], { id: number }>('SELECT id FROM ranges WHERE key = ?').get(key) ?? { id: 0 };
      if (base === undefined) this.db.prepare('DELETE FROM segments WHERE range_id = ?').run(id);
      const { first, count } = this.db.prepare<[number], { first: number | null; count: number }>('SELECT MIN(seq) AS first, COUNT(*) AS count FROM segments WHERE range_id = ?').get(id) ?? { first: null, count: 0 };
      if (columns.person.length === 0) return true;
      const insert = this.db.prepare('INSERT INTO segments (range_id, seq, header, data) VALUES (?, ?, ?, ?)');
      if (count + 1 > MAX_SEGMENTS) {
        // Many small runs: join everything into one segment so a warm run decodes once.
        const joined = joinColumns([columns, this.load({ id, tips: [] })]);
        this.db.prepare('DELETE FROM segments WHERE range_id = ?').run(id);
        const encoded = encodeColumns(joined);
        insert.run(id, 0, encoded.header, encoded.data);
        return true;
      }
      // Newer commits get lower numbers, so ORDER BY seq stays newest first.
      const encoded = encodeColumns(columns);
      insert.run(id, (first ?? 1) - 1, encoded.header, encoded.data);
      return true;
    });
    // IMMEDIATE takes the write lock before the tips are compared, so no other writer can slip in between.
    return write.immediate();
  }

  close(): void {
    this.db.close();
  }
}

// The same set of tips, in whatever order each run listed them.
function sameTips(a: readonly string[], b: readonly string[]): boolean {
  const sorted = [...b].sort();
  return a.length === b.length && [...a].sort().every((tip, index) => tip === sorted[index]);
}
