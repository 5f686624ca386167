import { decodePath } from './decode-path.js';
import type { LogFormat } from './log-format.js';
import type { FileChange, GitCommit } from './types.js';

const NEWLINE = 0x0a;

type State =
  | { kind: 'between' }
  | { kind: 'header'; fields: string[] }
  | { kind: 'files'; isFirst: boolean; pending?: PendingPaths };

// Paths announced by a status token (name-status) or an empty numstat path (a rename), not yet read.
interface PendingPaths {
  added?: number | null;
  deleted?: number | null;
  paths: string[];
  need: number;
}

/**
 * Turns `git log -z` output, fed in chunks of any size, into commits. Only the unfinished token is held
 * between chunks, so memory does not grow with the log.
 */
export class LogParser {
  private rest: Buffer = Buffer.alloc(0);
  private state: State = { kind: 'between' };
  private commit: GitCommit | undefined;

  constructor(
    private readonly format: LogFormat,
    private readonly onCommit: (commit: GitCommit) => void,
    private readonly onUndecodablePath: (path: string) => void,
  ) {}

  push(chunk: Buffer): void {
    const data = this.rest.length > 0 ? Buffer.concat([this.rest, chunk]) : chunk;
    let start = 0;
    // Tokens are read where they lie (offsets), not cut out as Buffers: a long log has millions of them.
    for (let end = data.indexOf(0, start); end !== -1; end = data.indexOf(0, start)) {
      this.token(data, start, end);
      start = end + 1;
    }
    this.rest = start < data.length ? Buffer.from(data.subarray(start)) : Buffer.alloc(0);
  }

  /** Flushes the last commit; a trailing token without its NUL (the last field of a file-less commit) counts. */
  end(): void {
    if (this.rest.length > 0) {
      const last = this.rest;
      this.rest = Buffer.alloc(0);
      this.token(last, 0, last.length);
    }
    this.flush();
  }

  private token(data: Buffer, start: number, end: number): void {
    const state = this.state;
    if (state.kind === 'header') {
      state.fields.push(data.toString('utf8', start, end));
      if (state.fields.length === (this.format.subjects ? 6 : 5)) this.startCommit(state.fields);
      return;
    }
    if (this.isMarker(data, start, end)) {
      this.flush();
      this.state = { kind: 'header', fields: [] };
      return;
    }
    if (state.kind === 'between') return; // nothing before the first header is ours
    // git separates the header from the first path with one newline; a path may itself begin with one.
    const from = state.isFirst && data[start] === NEWLINE ? start + 1 : start;
    state.isFirst = false;
    this.fileToken(state, data, from, end);
  }

  private isMarker(data: Buffer, start: number, end: number): boolean {
    const marker = this.format.marker;
    return end - start === marker.length && data[start] === marker[0] && data.compare(marker, 0, marker.length, start, end) === 0;
  }

  private startCommit([hash = '', parents = '', authorName = '', authorEmail = '', authorDate = '', subject = '']: string[]): void {
    this.commit = {
      hash,
      parents: parents === '' ? [] : parents.split(' '),
      authorName: this.intern(authorName),
      authorEmail: this.intern(authorEmail),
      authorDate,
      subject,
      files: [],
    };
    this.state = { kind: 'files', isFirst: true };
  }

  private fileToken(state: { pending?: PendingPaths }, data: Buffer, start: number, end: number): void {
    const pending = state.pending;
    if (pending !== undefined) {
      pending.paths.push(this.path(data, start, end));
      if (pending.paths.length < pending.need) return;
      delete state.pending;
      const [first = '', second] = pending.paths;
      const counts = pending.added === undefined ? {} : { added: pending.added, deleted: pending.deleted ?? null };
      this.addFile(second === undefined ? { ...counts, path: first } : { ...counts, path: second, oldPath: first });
      return;
    }
    if (this.format.detail === 'numstat') {
      const bytes = data.subarray(start, end);
      const firstTab = bytes.indexOf(9);
      const secondTab = bytes.indexOf(9, firstTab + 1);
      const added = count(bytes.toString('latin1', 0, firstTab));
      const deleted = count(bytes.toString('latin1', firstTab + 1, secondTab));
      // An empty path after the counts announces a rename: the old and new paths follow as two tokens.
      if (secondTab === bytes.length - 1) state.pending = { added, deleted, paths: [], need: 2 };
      else this.addFile({ path: this.path(bytes, secondTab + 1, bytes.length), added, deleted });
      return;
    }
    if (!this.format.renames) {
      this.addFile({ path: this.path(data, start, end) });
      return;
    }
    // --name-status: a status token, then one path, or two for renames (R) and copies (C).
    const status = data[start];
    state.pending = { paths: [], need: status === 0x52 || status === 0x43 ? 2 : 1 };
  }

  private path(data: Buffer, start: number, end: number): string {
    const { path, isValidUtf8 } = decodePath(data, start, end);
    if (!isValidUtf8) this.onUndecodablePath(path);
    return this.intern(path);
  }

  // One string per distinct path or name, however many commits mention it: a long history stays small.
  private readonly strings = new Map<string, string>();
  private intern(text: string): string {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  }

  private addFile(file: FileChange): void {
    this.commit?.files.push(file);
  }

  private flush(): void {
    if (this.commit !== undefined) this.onCommit(this.commit);
    this.commit = undefined;
    this.state = { kind: 'between' };
  }
}

function count(text: string): number | null {
  return text === '-' ? null : Number(text);
}
