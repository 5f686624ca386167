import { askGit } from '../../ingest/git/ask-git.js';
import { newLogFormat } from '../../ingest/git/log-format.js';
import { readLog } from '../../ingest/git/read-log.js';
import type { GitDiagnostic } from '../../ingest/git/types.js';

/** Files whose whole purpose is to record a release: any change to them is release bookkeeping. */
const RELEASE_NOTES = /(^|\/)(CHANGELOG|CHANGES|HISTORY|RELEASE[-_]NOTES|NEWS)(\.[\w]+)?$|(^|\/)VERSION(\.txt)?$/i;
/** Files that carry version strings (manifests, charts, deploy files) and so may change by a version bump only. */
const VERSIONED = /(^|\/)(package(-lock)?\.json|pom\.xml|Chart\.yaml|Cargo\.toml|pyproject\.toml|setup\.(py|cfg)|gradle\.properties|build\.gradle(\.kts)?|[^/]+\.(csproj|props|ya?ml|json|toml|xml|properties))$/i;
const VERSION_TOKEN = /\bv?\d+\.\d+(\.\d+)*([-+][0-9A-Za-z.-]+)?\b/g;
const MAX_DIFFED = 300;

export interface ReleaseChanges {
  /** Files changed by people between the two tags, version bumps and release notes left out. */
  files: string[];
  bumpOnly: number;
  botOnly: number;
}

/**
 * What changed between two release tags beyond the release itself: files touched only by bots, release
 * notes, and files whose diff differs only in version strings (package.json version, pom <version>,
 * Chart.yaml version/appVersion, image tags) are the release, not a change of the unit.
 */
export async function releaseChanges(root: string, from: string, to: string, isBot: (author: string, email: string) => boolean): Promise<ReleaseChanges | undefined> {
  const human = new Set<string>();
  const all = new Set<string>();
  // The release's commits through the one streamed reader (names only, .mailmap applied), merges left out.
  const diagnostics: GitDiagnostic[] = [];
  const range = { revisions: [`${to}^{commit}`], exclude: [`${from}^{commit}`] };
  const ok = await readLog(root, newLogFormat('names', false), range, (commit) => {
    if (commit.parents.length > 1) return;
    const bot = isBot(commit.authorName, commit.authorEmail);
    for (const { path } of commit.files) {
      all.add(path);
      if (!bot) human.add(path);
    }
  }, diagnostics).catch(() => false);
  if (!ok) return undefined;
  const candidates = [...human].filter((file) => !RELEASE_NOTES.test(file));
  const versioned = candidates.filter((file) => VERSIONED.test(file)).slice(0, MAX_DIFFED);
  const bumps = versioned.length > 0 ? await bumpOnlyFiles(root, from, to, versioned) : new Set<string>();
  const files = candidates.filter((file) => !bumps.has(file));
  return { files, bumpOnly: human.size - files.length, botOnly: all.size - human.size };
}

/** Of `files`, those whose removed and added lines between the tags differ only in version strings. */
async function bumpOnlyFiles(root: string, from: string, to: string, files: readonly string[]): Promise<Set<string>> {
  const diff = await askGit(root, ['diff', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', `${from}^{commit}`, `${to}^{commit}`, '--', ...files]);
  const bumps = new Set<string>();
  if (!diff.ok) return bumps;
  for (const section of diff.stdout.split(/^diff --git /m).slice(1)) {
    const file = /^\+\+\+ b\/(.+)$/m.exec(section)?.[1] ?? /^--- a\/(.+)$/m.exec(section)?.[1];
    if (file === undefined) continue;
    const removed: string[] = [];
    const added: string[] = [];
    for (const line of section.split('\n')) {
      if (line.startsWith('---') || line.startsWith('+++')) continue;
      if (line.startsWith('-')) removed.push(masked(line.slice(1)));
      else if (line.startsWith('+')) added.push(masked(line.slice(1)));
    }
    if (removed.length > 0 && sameLines(removed, added) && removed.some((line) => line.includes('<version>'))) bumps.add(file);
  }
  return bumps;
}

function masked(line: string): string {
  return line.trim().replace(VERSION_TOKEN, '<version>');
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}
