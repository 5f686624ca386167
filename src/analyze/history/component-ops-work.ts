import type { ComponentOpsWork } from '../../result/index.js';
import type { ComponentTally } from './accumulator.js';

/** Enough authors to show who did a component's work without one busy repository flooding the result. */
const MAX_AUTHORS = 25;

/** The operations share of the changes to one component, and who made them. */
export function componentOpsWork(tally: ComponentTally | undefined): { opsWork?: ComponentOpsWork } {
  if (!tally || tally.work.size === 0) return {};
  let files = 0;
  let opsFiles = 0;
  for (const work of tally.work.values()) {
    files += work.files;
    opsFiles += work.opsFiles;
  }
  const authors = [...tally.work]
    .map(([id, work]) => ({ id, files: work.files, opsFiles: work.opsFiles }))
    .sort((a, b) => b.files - a.files || a.id.localeCompare(b.id))
    .slice(0, MAX_AUTHORS);
  return { opsWork: { files, opsFiles, share: files > 0 ? Math.round((opsFiles / files) * 100) / 100 : 0, authors } };
}
