import { DEFAULT_SWEEP_PATTERNS, couplingFilter } from '../../ingest/git/coupling-filter.js';
import { openRepository } from '../../ingest/git/open-repository.js';
import { botMatcher } from '../../util/bots.js';
import type { GitDiagnostic } from '../../ingest/git/types.js';
import type { ArtifactCoupling } from '../types.js';
import type { Codebases } from './codebases.js';
import { componentRef, round } from './refs.js';
import { unitChanges } from './unit-changes.js';

export const CO_CHANGE_SHARE = 0.3;
const MIN_COMMITS = 10;

export interface HistoryOptions {
  /** Author name or email patterns (`*` wildcards) of bots, on top of the built-in ones. */
  bots: readonly string[];
  /** Commits changing more files than this are sweeps, as in analyze (`git.maxChangesetSize`). */
  maxChangesetSize: number;
  /** The commit cache shared with `analyze --repo` and `mine`; absent, the history is streamed from git. */
  cacheDir?: string;
  onProgress: (message: string) => void;
}

export interface History {
  coChange?: ArtifactCoupling;
  /** Commits per author identity (`Name <email>`) per codebase dir, bots and sweeps left out: the input for inferred teams. */
  authorChanges: Map<string, Map<string, number>>;
  commits: number;
  /** How many commits came from git rather than the commit cache. */
  commitsRead: number;
  /** What the git reader met (shallow clone, git stopping early, an unusable cache). */
  diagnostics: GitDiagnostic[];
}

const counts = () => ({ commits: 0, touchingUnits: 0, multiUnit: 0, share: 0 });

/**
 * One pass over HEAD's history, read by the shared git reader (through the commit cache when given):
 * co-change between codebases, raw and with merges, bots and sweeps left out by analyze's filters.
 * Undefined when `root` is not in a git repository.
 */
export async function readHistory(root: string, codebases: Codebases, options: HistoryOptions): Promise<History | undefined> {
  const diagnostics: GitDiagnostic[] = [];
  const repository = await openRepository(root, diagnostics);
  if (repository === undefined) return undefined;
  const exclusion = couplingFilter({
    bots: botMatcher(options.bots),
    sweepPatterns: DEFAULT_SWEEP_PATTERNS,
    maxChangesetSize: options.maxChangesetSize,
  });
  // Log paths are relative to the top of the work tree; codebases to the directory discovered.
  const prefix = repository.info.prefix;
  const codebaseOf = (relative: string) => codebases.of(relative);
  const raw = counts();
  const filtered = counts();
  const excluded = { bots: 0, merges: 0, sweeping: 0, messages: 0, upgrades: 0 };
  const pairs = new Map<string, number>();
  const authorChanges = new Map<string, Map<string, number>>();
  const started = Date.now();
  let lastReport = started;
  options.onProgress('reading the git history');
  const read = await repository.forEachCommit(options.cacheDir, (commit) => {
    raw.commits++;
    // Through the cache the first commit comes after the load: count the pauses from there.
    if (raw.commits === 1) lastReport = Date.now();
    else if (Date.now() - lastReport > 2000) {
      lastReport = Date.now();
      options.onProgress(`read ${raw.commits} commits`);
    }
    const { touched, changed, isSharedUpgrade } = unitChanges(commit.files, prefix, codebaseOf);
    if (touched.length > 0) raw.touchingUnits++;
    if (touched.length > 1) raw.multiUnit++;
    // A commit through most of the units at once (a platform upgrade, tracing added everywhere, a rename)
    // shows a shared platform or convention, not that one unit cannot change without another: a sweep.
    const acrossMost = codebases.dirs.length >= 4 && touched.length >= 3 && touched.length > codebases.dirs.length / 2;
    // Units that adapt to a dependency they share moved because that dependency moved: an upgrade.
    const upgrade = changed.length > 1 && isSharedUpgrade;
    const excludedAs = exclusion(commit) ?? (acrossMost ? 'sweeping' : upgrade ? 'upgrade' : undefined);
    if (excludedAs === 'merge') excluded.merges++;
    else if (excludedAs === 'bot') excluded.bots++;
    else if (excludedAs === 'sweeping') excluded.sweeping++;
    else if (excludedAs === 'message') excluded.messages++;
    else if (excludedAs === 'upgrade') excluded.upgrades++;
    else {
      filtered.commits++;
      // A commit through units counts; it crosses them only when two change beyond their build or dependency
      // manifests: a unit whose only change is a version followed its dependency, not another unit.
      if (touched.length > 0) filtered.touchingUnits++;
      if (changed.length > 1) {
        filtered.multiUnit++;
        changed.sort();
        for (let i = 0; i < changed.length; i++) for (let j = i + 1; j < changed.length; j++) {
          const key = `${changed[i]}\0${changed[j]}`;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
      const identity = `${commit.authorName} <${commit.authorEmail}>`;
      const mine = authorChanges.get(identity) ?? new Map<string, number>();
      for (const dir of touched) mine.set(dir, (mine.get(dir) ?? 0) + 1);
      if (touched.length > 0) authorChanges.set(identity, mine);
    }
  });
  const fromCache = raw.commits - read.commitsRead;
  options.onProgress(`read ${raw.commits} commits${fromCache > 0 ? ` (${fromCache} from the commit cache)` : ''}${Date.now() - started > 2000 ? ` in ${Math.round((Date.now() - started) / 1000)} s` : ''}`);
  const outcome = { authorChanges, commits: raw.commits, commitsRead: read.commitsRead, diagnostics: [...diagnostics, ...read.diagnostics] };
  raw.share = raw.touchingUnits > 0 ? round(raw.multiUnit / raw.touchingUnits) : 0;
  filtered.share = filtered.touchingUnits > 0 ? round(filtered.multiUnit / filtered.touchingUnits) : 0;
  if (codebases.dirs.length < 2 || raw.commits === 0) return outcome;
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
      `${filtered.multiUnit} of ${filtered.touchingUnits} after leaving out ${excluded.merges} merges, ${excluded.bots} bot commits, ${excluded.sweeping} commits over ${options.maxChangesetSize} files or through most units at once, ${excluded.messages} dependency/formatting/licence commits, and ${excluded.upgrades} upgrades of a dependency manifest the units share; a unit counts only when more than its own build or dependency manifest changed`,
    ],
  };
  return { ...outcome, coChange };
}
