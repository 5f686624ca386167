import { readFile, realpath, stat } from 'node:fs/promises';
import { errorCode } from '../../util/errors.js';
import { gitText } from './run-git.js';
import type { GitDiagnostic } from './types.js';

/** What a run needs to know about a repository before reading its log. */
export interface RepositoryInfo {
  /** The path as given, for messages. */
  path: string;
  /** Real path of the git directory: the cache key, with the root commit. */
  gitDir: string;
  isBare: boolean;
  isShallow: boolean;
  hasCommits: boolean;
  /** Where `path` lies in the work tree, ending in `/` ('' at its top or in a bare repository): log paths are relative to the top. */
  prefix: string;
}

/** Inspects `path`; returns undefined and a diagnostic when it is not a readable git repository. */
export async function inspectRepository(path: string, diagnostics: GitDiagnostic[]): Promise<RepositoryInfo | undefined> {
  // git runs inside the folder: a missing path or a file would surface as spawn's ENOENT/ENOTDIR, read as "git is missing".
  const notAFolder = await whyNotAFolder(path);
  if (notAFolder !== undefined) {
    diagnostics.push({ severity: 'error', code: 'git-not-a-repository', message: `not a git repository: ${notAFolder}`, file: path });
    return undefined;
  }
  // One git process in the common case (a repository whose HEAD is a commit): reading starts this much sooner.
  const quick = await gitText(path, ['rev-parse', ...PROBE, 'HEAD^{commit}']).catch(() => undefined);
  const lines = quick?.code === 0 ? quick.stdout.split('\n') : [];
  if (lines.at(-1) === '') lines.pop();
  const [gitDir = '', bare = '', shallow = ''] = lines;
  if (lines.length >= 5 && gitDir !== '') return described(path, { gitDir, bare, shallow, prefix: lines[3] ?? '', hasCommits: true }, diagnostics);
  const probe = await gitText(path, ['rev-parse', ...PROBE]).catch((error: unknown) => {
    diagnostics.push({ severity: 'error', code: 'git-missing', message: error instanceof Error ? error.message : String(error), file: path });
    return undefined;
  });
  if (probe === undefined) return undefined;
  if (probe.code !== 0) {
    diagnostics.push({ severity: 'error', code: 'git-not-a-repository', message: `not a git repository: ${firstLine(probe.stderr)}`, file: path });
    return undefined;
  }
  // The prefix comes last and is an empty line at the top of a work tree, so a missing fourth line means ''.
  const [dir = '', isBare = '', isShallow = '', prefix = ''] = probe.stdout.trim().split('\n');
  const [refs, head] = await Promise.all([gitText(path, ['for-each-ref', '--count=1', '--format=%(objectname)']), gitText(path, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])]);
  const hasCommits = head.code === 0 || refs.stdout.trim() !== '';
  if (!hasCommits) diagnostics.push({ severity: 'info', code: 'git-empty-repository', message: 'the repository has no commits yet', file: path });
  return described(path, { gitDir: dir, bare: isBare, shallow: isShallow, prefix, hasCommits }, diagnostics);
}

const PROBE = ['--absolute-git-dir', '--is-bare-repository', '--is-shallow-repository', '--show-prefix'];

async function described(path: string, probed: { gitDir: string; bare: string; shallow: string; prefix: string; hasCommits: boolean }, diagnostics: GitDiagnostic[]): Promise<RepositoryInfo> {
  const { gitDir, bare, shallow, prefix, hasCommits } = probed;
  const info: RepositoryInfo = { path, gitDir: await realpath(gitDir), isBare: bare === 'true', isShallow: shallow === 'true', hasCommits, prefix };
  if (info.isShallow) diagnostics.push(await shallowDiagnostic(info));
  return info;
}

// Names the commits where a shallow clone's history stops, with their dates, so nobody mistakes it for all of it.
async function shallowDiagnostic(info: RepositoryInfo): Promise<GitDiagnostic> {
  const boundaries = (await readFile(`${info.gitDir}/shallow`, 'utf8').catch(() => '')).split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line));
  const shown = boundaries.length === 0 ? undefined : await gitText(info.path, ['show', '-s', '--format=%h %as', ...boundaries.slice(0, 5)]);
  const where = shown?.code === 0 ? shown.stdout.trim().split('\n').join(', ') : boundaries.slice(0, 5).join(', ');
  return {
    severity: 'warning',
    code: 'git-shallow-clone',
    message: `shallow clone: history truncated at ${where || 'an unknown commit'}${boundaries.length > 5 ? ` and ${boundaries.length - 5} more` : ''}; older changes are not counted`,
    file: info.path,
  };
}

async function whyNotAFolder(path: string): Promise<string | undefined> {
  try {
    return (await stat(path)).isDirectory() ? undefined : 'not a directory';
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ELOOP') return 'a symlink loop';
    if (code === 'ENOENT') return 'no such file or directory';
    return error instanceof Error ? error.message : String(error);
  }
}

export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.replace(/^fatal: /, '') ?? '';
}
