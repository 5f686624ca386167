import { compileLinear } from '../../util/linear-regex.js';
import type { HistoryEvidence } from '../../result/index.js';
import type { ModelIndex } from '../../model/model-index.js';
import { HistoryAccumulator } from './accumulator.js';
import { buildEvidence, type RepositoryInfo } from './build-evidence.js';
import { botMatcher } from '../../util/bots.js';
import { fileClassifier, matcherOf } from './classify-files.js';
import type { HistoryOptions } from './options.js';
import { PathMap } from './path-map.js';
import type { CodeOwnersOf, ComponentLocation, HistoryCommit } from './types.js';

/** A repository whose commits are handed over one at a time, as the git reader streams them. */
export interface RepositorySource extends RepositoryInfo {
  read(onCommit: (commit: HistoryCommit) => void): Promise<void>;
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
  return buildEvidence(accumulator, index, locations, sources, options, window, { ...(codeOwnersOf ? { codeOwnersOf } : {}), isOps: files.isOps });
}
