import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { createGunzip, gunzip, gzip } from 'node:zlib';
import { z } from 'zod';
import type { CommitColumns } from './commit-columns.js';
import type { GitDiagnostic } from './types.js';

/** What names a partial file, and the version of its layout: a reader refuses any other. */
export const PARTIAL_FORMAT = 'teamfit-history-partial';
export const PARTIAL_VERSION = 1;
export const PARTIAL_SUFFIX = '.teamfit-history.json.gz';

/**
 * One repository's history as a worker read it, for another machine to merge: who the repository is (as
 * matched to components), how the history was read, CODEOWNERS at HEAD and the whole history as columns.
 * The window is not applied: the reducing run applies its own, so one set of partials serves any window.
 */
export interface HistoryPartial {
  /** The repository as the worker showed it (relative to its working directory): how results name it. */
  repository: string;
  /** Folder name without `.git`: what components are matched by when no remote names them. */
  name: string;
  remotes: string[];
  shallow: boolean;
  /** The commits the history was read from (HEAD resolved), for the record. */
  tips: string[];
  read: { revisions: string[]; renames: boolean; detail: 'names' | 'numstat'; subjects: boolean };
  /** False when git stopped early: the history is only part of the range. */
  isComplete: boolean;
  codeowners?: { file: string; text: string };
  /** What the worker met reading it, files shown as `repository`. */
  diagnostics: GitDiagnostic[];
  columns: CommitColumns;
}

const Int = z.number().int();
const Diagnostic = z.object({ severity: z.enum(['error', 'warning', 'info']), code: z.string(), message: z.string(), file: z.string() });
const Header = z.object({
  format: z.literal(PARTIAL_FORMAT),
  version: z.number().int(),
  writtenBy: z.string(),
  repository: z.string(),
  name: z.string(),
  remotes: z.array(z.string()),
  shallow: z.boolean(),
  tips: z.array(z.string()),
  read: z.object({ revisions: z.array(z.string()), renames: z.boolean(), detail: z.enum(['names', 'numstat']), subjects: z.boolean() }),
  isComplete: z.boolean(),
  codeowners: z.object({ file: z.string(), text: z.string() }).optional(),
  diagnostics: z.array(Diagnostic),
});
const Columns = z.object({
  paths: z.array(z.string()),
  names: z.array(z.string()),
  emails: z.array(z.string()),
  days: z.array(z.string()),
  subjects: z.array(z.string()).optional(),
  time: z.array(z.number()),
  person: z.array(Int),
  day: z.array(Int),
  parents: z.array(Int),
  filesEnd: z.array(Int),
  path: z.array(Int),
  added: z.array(Int).optional(),
  deleted: z.array(Int).optional(),
});

/** A file that is not a partial this version can read. */
export class PartialFormatError extends Error {
  override name = 'PartialFormatError';
}

/** Writes the partial into `dir` (created if needed) under a name unique to its repository; returns the file. */
export async function writePartial(dir: string, partial: HistoryPartial, writtenBy: string): Promise<string> {
  const { columns } = partial;
  // Plain JSON arrays, not the cache's native-endian buffers: a partial moves between machines and should
  // be readable with nothing more than gunzip and a JSON parser.
  const { columns: _columns, ...about } = partial;
  const header = { format: PARTIAL_FORMAT, version: PARTIAL_VERSION, writtenBy, ...about };
  const body = {
      paths: columns.paths,
      names: columns.names,
      emails: columns.emails,
      days: columns.days,
      ...(columns.hasSubjects ? { subjects: columns.subjects } : {}),
      time: Array.from(columns.time),
      person: Array.from(columns.person),
      day: Array.from(columns.day),
      parents: Array.from(columns.parents),
      filesEnd: Array.from(columns.filesEnd),
      path: Array.from(columns.path),
      ...(columns.hasCounts ? { added: Array.from(columns.added), deleted: Array.from(columns.deleted) } : {}),
  };
  await mkdir(dir, { recursive: true });
  const file = join(dir, partialFileName(partial.repository, partial.name));
  // Written aside and renamed: a reducer listing the folder while a worker writes never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  // Two JSON lines: what the repository is, then its history, so a reducer can match every repository to
  // components from the first lines alone and hold one history at a time.
  await writeFile(temporary, await promisify(gzip)(`${JSON.stringify(header)}\n${JSON.stringify(body)}\n`));
  await rename(temporary, file);
  return file;
}

/** The partial files named: each file itself, each folder's `*.teamfit-history.json.gz`, sorted by name. */
export async function listPartials(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith(PARTIAL_SUFFIX)).sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** A partial's first line: the repository and how it was read, without its history. */
export type PartialHeader = Omit<HistoryPartial, 'columns'>;

/** Reads the first line of a partial file only; throws `PartialFormatError` when it is not one this version reads. */
export async function readPartialHeader(file: string): Promise<PartialHeader> {
  let line: string;
  try {
    line = await firstLine(file);
  } catch (error) {
    throw notAPartial(file, error);
  }
  return checkedHeader(file, parseJson(file, line));
}

/** Reads a whole partial file: its first line again, and its history. */
export async function readPartial(file: string): Promise<HistoryPartial> {
  let text: string;
  try {
    text = (await promisify(gunzip)(await readFile(file))).toString('utf8');
  } catch (error) {
    throw notAPartial(file, error);
  }
  const newline = text.indexOf('\n');
  const header = checkedHeader(file, parseJson(file, newline < 0 ? text : text.slice(0, newline)));
  const columns = Columns.safeParse(parseJson(file, newline < 0 ? '' : text.slice(newline + 1)));
  if (!columns.success) throw damaged(file, columns.error);
  return { ...header, columns: toColumns(columns.data, file) };
}

function checkedHeader(file: string, parsed: unknown): PartialHeader {
  const identity = z.object({ format: z.string(), version: z.number() }).safeParse(parsed);
  if (!identity.success || identity.data.format !== PARTIAL_FORMAT) throw new PartialFormatError(`${file}: not a teamfit history partial`);
  if (identity.data.version !== PARTIAL_VERSION) throw new PartialFormatError(`${file}: history partial version ${identity.data.version}, this teamfit reads version ${PARTIAL_VERSION}: write the partials again with this version`);
  const checked = Header.safeParse(parsed);
  if (!checked.success) throw damaged(file, checked.error);
  const { format: _format, version: _version, writtenBy: _writtenBy, codeowners, ...rest } = checked.data;
  return { ...rest, ...(codeowners ? { codeowners } : {}) };
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw notAPartial(file, error);
  }
}

function notAPartial(file: string, error: unknown): PartialFormatError {
  return new PartialFormatError(`${file}: not a teamfit history partial (${error instanceof Error ? error.message : String(error)})`);
}

function damaged(file: string, error: z.ZodError): PartialFormatError {
  return new PartialFormatError(`${file}: damaged history partial (${error.issues[0]?.message ?? 'invalid'} at ${error.issues[0]?.path.join('.') ?? ''})`);
}

// Decompresses only as far as the first newline.
async function firstLine(file: string): Promise<string> {
  const chunks: Buffer[] = [];
  const stream = createReadStream(file).pipe(createGunzip());
  try {
    for await (const chunk of stream) {
      const buffer = chunk instanceof Buffer ? chunk : Buffer.from(String(chunk));
      const newline = buffer.indexOf(10);
      chunks.push(newline < 0 ? buffer : buffer.subarray(0, newline));
      if (newline >= 0) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}

function toColumns(columns: z.infer<typeof Columns>, file: string): CommitColumns {
  const commits = columns.person.length;
  const files = columns.path.length;
  const hasCounts = columns.added !== undefined && columns.deleted !== undefined;
  const isConsistent =
    [columns.time, columns.day, columns.parents, columns.filesEnd].every((column) => column.length === commits) &&
    (columns.subjects === undefined || columns.subjects.length === commits) &&
    (commits === 0 ? files === 0 : columns.filesEnd[commits - 1] === files) &&
    (!hasCounts || (columns.added?.length === files && columns.deleted?.length === files)) &&
    columns.person.every((person) => person >= 0 && person < columns.names.length) &&
    columns.day.every((day) => day >= 0 && day < columns.days.length) &&
    columns.path.every((path) => path >= 0 && path < columns.paths.length);
  if (!isConsistent) throw new PartialFormatError(`${file}: damaged history partial (columns disagree)`);
  return {
    paths: columns.paths,
    names: columns.names,
    emails: columns.emails,
    days: columns.days,
    hasCounts,
    hasSubjects: columns.subjects !== undefined,
    subjects: columns.subjects ?? [],
    time: Float64Array.from(columns.time),
    person: Int32Array.from(columns.person),
    day: Int32Array.from(columns.day),
    parents: Int32Array.from(columns.parents),
    filesEnd: Int32Array.from(columns.filesEnd),
    path: Int32Array.from(columns.path),
    added: Int32Array.from(columns.added ?? []),
    deleted: Int32Array.from(columns.deleted ?? []),
  };
}

// Readable (the folder name) and unique (two clones may share a folder name in different places).
function partialFileName(repository: string, name: string): string {
  const slug = basename(name).replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80) || 'repository';
  const hash = createHash('sha256').update(repository).digest('hex').slice(0, 10);
  return `${slug}-${hash}${PARTIAL_SUFFIX}`;
}
