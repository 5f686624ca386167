import { readGitLog, type LogCommit } from '../git/log-reader.js';
import type { ArtifactCoupling } from '../types.js';
import type { Codebases } from './codebases.js';
import { componentRef, round } from './refs.js';

/** Author name or email patterns (`*` wildcards, case-insensitive) of bots; `Mend Renovate` is a bot too. */
export const DEFAULT_BOTS = ['*[bot]*', '*dependabot*', '*renovate*', '*github-actions*', '*greenkeeper*', '*snyk-bot*', '*pre-commit-ci*', '*mergify*', '*semantic-release*', '*allcontributors*', '*imgbot*', '*copilot-swe-agent*', '*whitesource*'];
/** Subjects of commits that sweep the tree for reasons unrelated to the units' design. */
const SWEEP_MESSAGE = /^\w+\(deps(-dev)?\)!?:|^(chore|build|ci)(\([^)]*\))?!?:\s*(bump|update|upgrade)|\b(bump|bumps|bumped)\b.+\bfrom\b.+\bto\b|update dependenc|upgrade dependenc|\bdeps?\b.*\b(update|upgrade|bump)|\breformat|\bformat(ting)?\b|prettier|gofmt|spotless|\blint(ing)? fix|licen[cs]e header|copyright (header|year)|update copyright/i;
export const CO_CHANGE_SHARE = 0.3;
const MIN_COMMITS = 10;

export interface HistoryOptions {
  bots: readonly string[];
  sweepFiles: number;
  maxCommits: number;
  onProgress: (message: string) => void;
}

export interface History {
  coChange?: ArtifactCoupling;
  /** Commits per author identity (`Name <email>`) per codebase dir, bots and sweeps left out: the input for inferred teams. */
  authorChanges: Map<string, Map<string, number>>;
  commits: number;
}

const counts = () => ({ commits: 0, touchingUnits: 0, multiUnit: 0, share: 0 });

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
}

/** One pass over `git log`: co-change between codebases, raw and with bots, merges and sweeps left out. */
export async function readHistory(root: string, codebases: Codebases, options: HistoryOptions): Promise<History> {
  const bots = options.bots.map(globToRegExp);
  const isBot = (c: LogCommit) => bots.some((re) => re.test(c.author) || re.test(c.email));
  const raw = counts();
  const filtered = counts();
  const excluded = { bots: 0, merges: 0, sweeping: 0, messages: 0 };
  const pairs = new Map<string, number>();
  const authorChanges = new Map<string, Map<string, number>>();
  const started = Date.now();
  let lastReport = started;
  for await (const commit of readGitLog(root, { maxCommits: options.maxCommits })) {
    raw.commits++;
    if (Date.now() - lastReport > 2000) {
      lastReport = Date.now();
      options.onProgress(`read ${raw.commits} commits`);
    }
    const touched = [...new Set(commit.files.map((f) => codebases.of(f)).filter((d): d is string => d !== undefined))];
    if (touched.length > 0) raw.touchingUnits++;
    if (touched.length > 1) raw.multiUnit++;
    if (commit.parents > 1) excluded.merges++;
    else if (isBot(commit)) excluded.bots++;
    else if (commit.files.length > options.sweepFiles) excluded.sweeping++;
    else if (SWEEP_MESSAGE.test(commit.subject)) excluded.messages++;
    else {
      filtered.commits++;
      if (touched.length > 0) filtered.touchingUnits++;
      if (touched.length > 1) {
        filtered.multiUnit++;
        touched.sort();
        for (let i = 0; i < touched.length; i++) for (let j = i + 1; j < touched.length; j++) {
          const key = `${touched[i]}\0${touched[j]}`;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
      const identity = `${commit.author} <${commit.email}>`;
      const mine = authorChanges.get(identity) ?? new Map<string, number>();
      for (const dir of touched) mine.set(dir, (mine.get(dir) ?? 0) + 1);
      if (touched.length > 0) authorChanges.set(identity, mine);
    }
  }
  if (Date.now() - started > 2000) options.onProgress(`read ${raw.commits} commits`);
  raw.share = raw.touchingUnits > 0 ? round(raw.multiUnit / raw.touchingUnits) : 0;
  filtered.share = filtered.touchingUnits > 0 ? round(filtered.multiUnit / filtered.touchingUnits) : 0;
  if (codebases.dirs.length < 2 || raw.commits === 0) return { authorChanges, commits: raw.commits };
  const top = [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const coChange: ArtifactCoupling = {
    kind: 'co-change', raw, filtered, excluded, threshold: CO_CHANGE_SHARE,
    pairs: top.map(([key, commits]) => {
      const [a = '', b = ''] = key.split('\0');
      return { units: [componentRef(codebases.label(a)), componentRef(codebases.label(b))] as [string, string], commits };
    }),
    units: codebases.dirs.map((d) => componentRef(codebases.label(d))),
    coupled: filtered.touchingUnits >= MIN_COMMITS && filtered.share >= CO_CHANGE_SHARE,
    evidence: [
      `${raw.multiUnit} of ${raw.touchingUnits} commits touching units touch two or more (raw, ${raw.commits} commits read)`,
      `${filtered.multiUnit} of ${filtered.touchingUnits} after leaving out ${excluded.merges} merges, ${excluded.bots} bot commits, ${excluded.sweeping} commits over ${options.sweepFiles} files and ${excluded.messages} dependency/formatting/licence commits`,
    ],
  };
  return { coChange, authorChanges, commits: raw.commits };
}
