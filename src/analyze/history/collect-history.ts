import { compileLinear } from '../../util/linear-regex.js';
import type { EntityRef, HistoryEvidence } from '../../result/index.js';
import type { ModelIndex } from '../../model/model-index.js';
import { HistoryAccumulator } from './accumulator.js';
import { buildEvidence, type FactsMemo, type RepositoryInfo } from './build-evidence.js';
import { botMatcher } from '../../util/bots.js';
import { fileClassifier, matcherOf } from './classify-files.js';
import type { HistoryOptions } from './options.js';
import { PathMap } from './path-map.js';
import type { CodeOwnersOf, ComponentLocation, HistoryCommit } from './types.js';

/** A repository whose commits are handed over one at a time, as the git reader streams them. */
export interface RepositorySource extends RepositoryInfo {
  read(onCommit: (commit: HistoryCommit) => void): Promise<void>;
}

/**
 * The history folded once, and the evidence it gives for any model of the organisation: the one read, or
 * one a what-if plan changed. Owners, teams and people are the model's; the commits are the same.
 */
export interface FoldedHistory {
  /** `merged`: components a plan folded into another (absorbed -> survivor); their history becomes the survivor's. */
  evidence(index: ModelIndex, merged?: ReadonlyMap<EntityRef, EntityRef>): HistoryEvidence;
}

/** Streams each repository's commits through one accumulator, then builds the evidence. */
export async function collectHistory(
  index: ModelIndex,
  sources: readonly RepositorySource[],
  locations: readonly ComponentLocation[],
  options: HistoryOptions,
  window: { since?: string; until?: string } = {},
  codeOwnersOf?: CodeOwnersOf,
): Promise<HistoryEvidence> {
  return (await foldHistory(sources, locations, options, window, codeOwnersOf)).evidence(index);
}

/** Streams each repository's commits through one accumulator; the evidence is built per model, on demand. */
export async function foldHistory(
  sources: readonly RepositorySource[],
  locations: readonly ComponentLocation[],
  options: HistoryOptions,
  window: { since?: string; until?: string } = {},
  codeOwnersOf?: CodeOwnersOf,
): Promise<FoldedHistory> {
  const files = fileClassifier(options.opsPatterns);
  const isBot = botMatcher(options.botPatterns);
  const accumulator = new HistoryAccumulator(
    new PathMap(locations),
    files,
    {
      isBot,
      isSweep: matcherOf(options.sweepPatterns),
      maxChangesetSize: options.maxChangesetSize,
      ticket: compileLinear(options.ticketPattern),
    },
    sources.length > 1,
  );
  for (const source of sources) {
    await source.read((commit) => {
      if (!commit.isMerge) accumulator.add(source.repository, commit);
    });
  }
  const ownership = { ...(codeOwnersOf ? { codeOwnersOf } : {}), isOps: files.isOps };
  const memo: FactsMemo = new WeakMap();
  return {
    evidence: (index, merged) => {
      if (!merged || merged.size === 0) {
        return buildEvidence(accumulator, index, locations, sources, options, window, ownership, memo);
      }
      // The survivor's own location first: it is where the merged component is reported to live.
      const kept = locations.filter((location) => !merged.has(location.component));
      const moved = locations.filter((location) => merged.has(location.component)).map((location) => ({ ...location, component: merged.get(location.component) as EntityRef }));
      return buildEvidence(accumulator.rekeyed(merged), index, [...kept, ...moved], sources, options, window, ownership, memo);
    },
  };
}
