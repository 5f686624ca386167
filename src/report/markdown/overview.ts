import type { AnalysisResult } from '../../result/index.js';
import { baselineLine } from '../baseline.js';
import { clip } from '../clip.js';
import { escapeMarkdown as e } from '../escape-markdown.js';
import { countsLine, distribution, joinTruncated } from '../format.js';
import { inferredCount } from '../inferred.js';
import { table } from './table.js';

/** The title, the tool line and the totals table every Markdown report opens with. */
export function overviewBlocks(result: AnalysisResult): string[] {
  const inputs = clip(joinTruncated(result.inputs, 10), 1000);
  return ['# teamfit report', `teamfit ${e(result.tool.version)}, result schema ${e(result.schemaVersion)}. Inputs: ${result.inputs.length > 0 ? e(inputs) : '-'}`, totals(result)];
}

function totals(result: AnalysisResult): string {
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
      ...(result.baseline ? [['Baseline', e(clip(baselineLine(result.baseline), 500))]] : []),
    ],
  );
}
