import type BetterSqlite3 from 'better-sqlite3';

/** The better-sqlite3 constructor, or why it cannot be used on this machine. */
export type SqliteDriver = { Database: typeof BetterSqlite3 } | { reason: string };

let loading: Promise<SqliteDriver> | undefined;

/**
 * better-sqlite3, loaded on first use and once per process. It is an optional dependency with a native
 * addon: npm may have left it out (a failed build, install scripts blocked) or built it for another Node.js
 * (a wrong ABI). Neither may stop a run, so every failure to load becomes a reason the cache is off.
 */
export function loadSqliteDriver(): Promise<SqliteDriver> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SqliteDriver> {
  try {
    const { default: Database } = await import('better-sqlite3');
    // The addon is only loaded when a first database opens: open one in memory so a missing or foreign
    // build fails here, where it is expected, and not in the middle of reading a history.
    new Database(':memory:').close();
    return { Database };
  } catch (error) {
    return { reason: error instanceof Error ? firstLine(error.message) : String(error) };
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.trim() ?? text;
}
