import type { Reporter } from '../types.js';
import { headlines } from '../finding-groups.js';
import { diagnosticsSection, findingsSection } from './findings.js';
import { fitSummary } from './fit-summary.js';
import { headlinesSection } from './finding-groups.js';
import { historyPeopleSection } from './history.js';
import { overviewBlocks } from './overview.js';
import { renderSummary } from './summary.js';
import { systemsSection, teamsSection } from './systems.js';

const HEADLINES = 5;

/**
 * GitHub-flavoured Markdown for pull-request comments, job summaries and wikis: a summary that fits a
 * comment by default, everything with `detail: 'full'`.
 */
export const renderMarkdown: Reporter = (result, options) => {
  if ((options.detail ?? 'summary') === 'summary') return renderSummary(result);
  const blocks = [
    ...overviewBlocks(result),
    ...headlinesSection(result, headlines(result, HEADLINES)),
    ...fitSummary(result.systems, Number.POSITIVE_INFINITY).blocks,
    ...systemsSection(result.systems),
    ...teamsSection(result.teams),
    ...historyPeopleSection(result.history),
    ...findingsSection(result.findings),
    ...diagnosticsSection(result.diagnostics),
  ];
  return blocks.join('\n\n') + '\n';
};
