import type { CommitColumns } from './commit-columns.js';

/** The strings and counts of encoded columns, stored as JSON beside the binary part. */
interface Header {
  paths: string[];
  names: string[];
  emails: string[];
  days: string[];
  hasCounts: boolean;
  subjects?: string[];
  commits: number;
  files: number;
}

export interface EncodedColumns {
  header: string;
  data: Buffer;
}

/**
 * Columns as a JSON header of strings and one buffer of numbers: the times first (8-byte aligned), then
 * the integer columns. The cache lives on the machine that wrote it, so native byte order is fine.
 */
export function encodeColumns(columns: CommitColumns): EncodedColumns {
  const commits = columns.person.length;
  const files = columns.path.length;
  const header: Header = { paths: columns.paths, names: columns.names, emails: columns.emails, days: columns.days, hasCounts: columns.hasCounts, ...(columns.hasSubjects ? { subjects: columns.subjects } : {}), commits, files };
  const ints = [columns.person, columns.day, columns.parents, columns.filesEnd, columns.path, ...(columns.hasCounts ? [columns.added, columns.deleted] : [])];
  const data = Buffer.alloc(commits * 8 + ints.reduce((sum, column) => sum + column.length * 4, 0));
  new Float64Array(data.buffer, data.byteOffset, commits).set(columns.time);
  let offset = commits * 8;
  for (const column of ints) {
    new Int32Array(data.buffer, data.byteOffset + offset, column.length).set(column);
    offset += column.length * 4;
  }
  return { header: JSON.stringify(header), data };
}

/** A stored segment that does not decode: the cache is damaged, not the history. */
export class CacheFormatError extends Error {
  override name = 'CacheFormatError';
}

export function decodeColumns(encoded: EncodedColumns): CommitColumns {
  let header: Header;
  try {
    header = JSON.parse(encoded.header) as Header;
  } catch (error) {
    throw new CacheFormatError(`cached history header: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A copy into a fresh buffer: SQLite's blob may sit at any offset, and typed arrays need alignment.
  const bytes = new Uint8Array(encoded.data.byteLength);
  bytes.set(encoded.data);
  const { commits, files } = header;
  const expected = commits * 8 + (commits * 4 + files) * 4 + (header.hasCounts ? files * 8 : 0);
  if (bytes.byteLength !== expected) throw new CacheFormatError(`cached history is ${bytes.byteLength} bytes, expected ${expected}`);
  let offset = commits * 8;
  const next = (length: number): Int32Array => {
    const column = new Int32Array(bytes.buffer, offset, length);
    offset += length * 4;
    return column;
  };
  return {
    paths: header.paths,
    names: header.names,
    emails: header.emails,
    days: header.days,
    hasCounts: header.hasCounts,
    hasSubjects: header.subjects !== undefined,
    subjects: header.subjects ?? [],
    time: new Float64Array(bytes.buffer, 0, commits),
    person: next(commits),
    day: next(commits),
    parents: next(commits),
    filesEnd: next(commits),
    path: next(files),
    added: header.hasCounts ? next(files) : new Int32Array(0),
    deleted: header.hasCounts ? next(files) : new Int32Array(0),
  };
}
