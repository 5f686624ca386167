import { askGit } from '../../ingest/git/ask-git.js';
import { botMatcher } from '../../util/bots.js';
import { releaseChanges } from './release-changes.js';
import type { ArtifactCoupling } from '../types.js';
import type { Codebases } from './codebases.js';
import { componentRef, round } from './refs.js';

const RELEASE_TAG = /^v?\d+\.\d+(\.\d+)?$/;
export const LOCKSTEP_SHARE = 0.8;

/**
 * For consecutive release tags (semver-looking, by creation date), the share of codebases changed
 * between them: near 1 release after release means the units are released in lockstep. Bot commits and
 * pure version bumps are the release itself, not changes of the units, so they are left out.
 */
export async function lockstepReleases(root: string, codebases: Codebases, maxReleases: number, bots: readonly string[]): Promise<ArtifactCoupling[]> {
  if (codebases.dirs.length < 2) return [];
  const listed = await askGit(root, ['tag', '--sort=creatordate']);
  if (!listed.ok) return [];
  const tags = listed.stdout.split('\n').map((t) => t.trim()).filter((t) => RELEASE_TAG.test(t)).slice(-(maxReleases + 1));
  if (tags.length < 2) return [];
  const matchBot = botMatcher(bots);
  const isBot = (author: string, email: string) => matchBot(author, email) !== undefined;
  let bumpOnly = 0;
  let botOnly = 0;
  const releases: Array<{ from: string; to: string; changedUnits: number; share: number }> = [];
  for (let i = 1; i < tags.length; i++) {
    const from = tags[i - 1] ?? '';
    const to = tags[i] ?? '';
    const changes = await releaseChanges(root, from, to, isBot);
    if (!changes) continue;
    const changed = new Set(changes.files.map((f) => codebases.of(f)).filter((d) => d !== undefined));
    bumpOnly += changes.bumpOnly;
    botOnly += changes.botOnly;
    releases.push({ from, to, changedUnits: changed.size, share: round(changed.size / codebases.dirs.length) });
  }
  if (releases.length === 0) return [];
  const meanShare = round(releases.reduce((sum, r) => sum + r.share, 0) / releases.length);
  return [{
    kind: 'lockstep-releases', tagRange: `${tags[0]}..${tags[tags.length - 1]}`, releases, meanShare,
    units: codebases.dirs.map((d) => componentRef(codebases.label(d))),
    coupled: releases.length >= 2 && meanShare >= LOCKSTEP_SHARE, threshold: LOCKSTEP_SHARE,
    evidence: releases.map((r) => `${r.from}..${r.to}: ${r.changedUnits} of ${codebases.dirs.length} units changed`)
      .concat(`left out as release bookkeeping, not change: ${bumpOnly} file changes that only bump versions or write release notes, ${botOnly} files only bots changed`),
  }];
}
