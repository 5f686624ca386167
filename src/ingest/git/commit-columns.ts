import { floatColumn, intColumn, type Column } from './column.js';
import type { GitCommit } from './types.js';

/**
 * A history as compact columns, newest commit first: per commit its author, time, day, parent count and
 * where its files end; per changed file its path and line counts; strings numbered in order of first
 * appearance. This is what `mine` and the cache keep of a long history instead of a commit object per
 * commit (a tenth of the memory), and it holds only what code-maat's analyses and their filters read.
 */
export interface CommitColumns {
  paths: string[];
  /** People as git printed them (after .mailmap), by person number. */
  names: string[];
  emails: string[];
  /** Author days (YYYY-MM-DD in the author's own zone), by day number. */
  days: string[];
  /** Whether line counts were read (`--numstat`). */
  hasCounts: boolean;
  /** Whether subjects were kept (analyze reads ticket ids and sweeps from them; mine does not). */
  hasSubjects: boolean;
  /** Per commit when kept, else empty. */
  subjects: string[];
  /** Per commit. */
  person: Int32Array;
  day: Int32Array;
  /** Author time, milliseconds since the epoch. */
  time: Float64Array;
  parents: Int32Array;
  /** Commit i's files are rows filesEnd[i - 1] (0 for the first) up to filesEnd[i]. */
  filesEnd: Int32Array;
  /** Per changed file. Binary files count 0 lines, as code-maat reads git's "-". */
  path: Int32Array;
  added: Int32Array;
  deleted: Int32Array;
}

/** Builds columns from commits streamed in log order, or from other columns appended after them. */
export class CommitColumnsBuilder {
  private readonly subjects: string[] = [];
  private readonly paths = new Dictionary();
  private readonly people = new Dictionary();
  private readonly names: string[] = [];
  private readonly emails: string[] = [];
  private readonly days = new Dictionary();
  private readonly person: Column<Int32Array> = intColumn();
  private readonly day: Column<Int32Array> = intColumn();
  private readonly time: Column<Float64Array> = floatColumn();
  private readonly parents: Column<Int32Array> = intColumn();
  private readonly filesEnd: Column<Int32Array> = intColumn();
  private readonly path: Column<Int32Array> = intColumn(4096);
  private readonly added: Column<Int32Array> = intColumn(4096);
  private readonly deleted: Column<Int32Array> = intColumn(4096);
  private hasCounts: boolean | undefined;

  constructor(private readonly hasSubjects = false) {}

  add(commit: GitCommit): void {
    if (this.hasSubjects) this.subjects.push(commit.subject);
    this.person.push(this.personId(commit.authorName, commit.authorEmail));
    this.day.push(this.days.id(commit.authorDate.slice(0, 10)));
    this.time.push(Date.parse(commit.authorDate));
    this.parents.push(commit.parents.length);
    for (const file of commit.files) {
      this.path.push(this.paths.id(file.path));
      this.hasCounts ??= file.added !== undefined;
      if (this.hasCounts) {
        this.added.push(file.added ?? 0);
        this.deleted.push(file.deleted ?? 0);
      }
    }
    this.filesEnd.push(this.path.length);
  }

  /** Appends older commits, renumbering their strings into this builder's. */
  append(older: CommitColumns): void {
    const paths = older.paths.map((path) => this.paths.id(path));
    const people = older.names.map((name, index) => this.personId(name, older.emails[index] ?? ''));
    const days = older.days.map((day) => this.days.id(day));
    if (older.path.length > 0) this.hasCounts ??= older.hasCounts;
    const offset = this.path.length;
    for (let commit = 0; commit < older.person.length; commit++) {
      this.person.push(people[older.person[commit] ?? 0] ?? 0);
      this.day.push(days[older.day[commit] ?? 0] ?? 0);
      this.time.push(older.time[commit] ?? 0);
      this.parents.push(older.parents[commit] ?? 0);
      if (this.hasSubjects) this.subjects.push(older.subjects[commit] ?? '');
      this.filesEnd.push(offset + (older.filesEnd[commit] ?? 0));
    }
    for (let row = 0; row < older.path.length; row++) {
      this.path.push(paths[older.path[row] ?? 0] ?? 0);
      if (this.hasCounts) {
        this.added.push(older.added[row] ?? 0);
        this.deleted.push(older.deleted[row] ?? 0);
      }
    }
  }

  build(): CommitColumns {
    return {
      paths: this.paths.values,
      names: this.names,
      emails: this.emails,
      days: this.days.values,
      hasCounts: this.hasCounts ?? false,
      hasSubjects: this.hasSubjects,
      subjects: this.subjects,
      person: this.person.view(),
      day: this.day.view(),
      time: this.time.view(),
      parents: this.parents.view(),
      filesEnd: this.filesEnd.view(),
      path: this.path.view(),
      added: this.added.view(),
      deleted: this.deleted.view(),
    };
  }

  private personId(name: string, email: string): number {
    const before = this.people.values.length;
    // NUL cannot occur in a name or an email git prints, so the pair is one unambiguous key.
    const id = this.people.id(`${name}\0${email}`);
    if (id === before) {
      this.names.push(name);
      this.emails.push(email);
    }
    return id;
  }
}

/** Joins columns read in parts (newest part first) into one. */
export function joinColumns(parts: readonly CommitColumns[]): CommitColumns {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const builder = new CommitColumnsBuilder(parts.some((part) => part.hasSubjects));
  for (const part of parts) builder.append(part);
  return builder.build();
}

/** One commit read back from columns: what the analyze stage needs of it. */
export interface ColumnCommit {
  authorName: string;
  authorEmail: string;
  /** Author time, milliseconds since the epoch. */
  time: number;
  parents: number;
  /** Empty when subjects were not kept. */
  subject: string;
  files: string[];
}

/**
 * Hands over the commits one at a time, newest first, each built only when its turn comes; `isWanted`
 * (on the author time) skips commits without building them.
 */
export function forEachCommit(columns: CommitColumns, onCommit: (commit: ColumnCommit) => void, isWanted: (time: number) => boolean = () => true): void {
  let start = 0;
  for (let commit = 0; commit < columns.person.length; commit++) {
    const end = columns.filesEnd[commit] ?? start;
    if (!isWanted(columns.time[commit] ?? 0)) {
      start = end;
      continue;
    }
    const person = columns.person[commit] ?? 0;
    const files: string[] = [];
    for (let row = start; row < end; row++) files.push(columns.paths[columns.path[row] ?? 0] ?? '');
    onCommit({
      authorName: columns.names[person] ?? '',
      authorEmail: columns.emails[person] ?? '',
      time: columns.time[commit] ?? 0,
      parents: columns.parents[commit] ?? 0,
      subject: columns.subjects[commit] ?? '',
      files,
    });
    start = end;
  }
}

/** Strings numbered in order of first appearance. */
class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}
