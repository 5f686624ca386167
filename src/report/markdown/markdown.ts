import type { AnalysisResult } from '../../result/index.js';
import { escapeMarkdown as e } from '../escape-markdown.js';
import { baselineLine } from '../baseline.js';
import { countsLine, distribution } from '../format.js';
import type { Reporter } from '../types.js';
import { diagnosticsSection, findingsSection } from './findings.js';
import { historyPeopleSection } from './history.js';
import { inferredCount } from '../inferred.js';
import { systemsSection, teamsSection } from './systems.js';
import { table } from './table.js';

/** The terminal report's content as GitHub-flavoured Markdown, for PR comments and wikis. */
export const renderMarkdown: Reporter = (result) => {
  const blocks = [
    '# teamfit report',
    `teamfit ${e(result.tool.version)}, result schema ${e(result.schemaVersion)}. Inputs: ${result.inputs.map(e).join(', ') || '-'}`,
    overview(result),
    ...systemsSection(result.systems),
    ...teamsSection(result.teams),
    ...historyPeopleSection(result.history),
    ...findingsSection(result.findings),
    ...diagnosticsSection(result.diagnostics),
  ];
  return blocks.join('\n\n') + '\n';
};

function overview(result: AnalysisResult): string {
  const { summary } = result;
  return table(
    ['', 'Count'],
    [
      ['Systems', `${summary.systems}${inferredCount(result.systems)} (${distribution(summary.architectures, e)})`],
      ['Teams', `${summary.teams} (${distribution(summary.structures, e)})`],
      ['Components', String(summary.components)],
      ['Entities', String(summary.entities)],
      ['Findings', countsLine(summary.findings)],
      ['Diagnostics', countsLine(summary.diagnostics)],
      ...(result.baseline ? [['Baseline', e(baselineLine(result.baseline))]] : []),
    ],
  );
}
