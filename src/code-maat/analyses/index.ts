import type { ChangeTable } from '../change-table.js';
import type { MiningParameters } from '../options.js';
import type { Table } from '../table.js';
import { ANALYSIS_NAMES, isAnalysisName, type AnalysisName } from './names.js';
import { age } from './age.js';
import { absoluteChurn, authorChurn, entityChurn, entityOwnership, mainDeveloper } from './churn.js';
import { communication } from './communication.js';
import { coupling, sumOfCoupling } from './coupling.js';
import { entityEffort, fragmentation, mainDeveloperByRevisions } from './effort.js';
import { authors, revisions } from './revisions.js';
import { summary } from './summary.js';

export interface Analysis {
  /** Whether it needs line counts, so the log must be read with --numstat (several times slower). */
  needsLineCounts: boolean;
  run: (table: ChangeTable, params: MiningParameters, now: Date) => Table;
}

/** code-maat's analyses, by the names code-maat gives them. */
export const ANALYSES = {
  revisions: { needsLineCounts: false, run: revisions },
  authors: { needsLineCounts: false, run: authors },
  coupling: { needsLineCounts: false, run: coupling },
  soc: { needsLineCounts: false, run: sumOfCoupling },
  'entity-ownership': { needsLineCounts: true, run: entityOwnership },
  'main-dev': { needsLineCounts: true, run: mainDeveloper },
  'main-dev-by-revs': { needsLineCounts: false, run: mainDeveloperByRevisions },
  'entity-effort': { needsLineCounts: false, run: entityEffort },
  fragmentation: { needsLineCounts: false, run: fragmentation },
  communication: { needsLineCounts: false, run: communication },
  age: { needsLineCounts: false, run: (table, _params, now) => age(table, now) },
  'abs-churn': { needsLineCounts: true, run: absoluteChurn },
  'author-churn': { needsLineCounts: true, run: authorChurn },
  'entity-churn': { needsLineCounts: true, run: entityChurn },
  summary: { needsLineCounts: false, run: summary },
} satisfies Record<AnalysisName, Analysis>;

export { ANALYSIS_NAMES, isAnalysisName, type AnalysisName };
