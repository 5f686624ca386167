import type { AnalysisResult } from '../../result/index.js';
import { groupFindings, headlines } from '../finding-groups.js';
import { plural } from '../format.js';
import { fitSummary } from './fit-summary.js';
import { diagnosticGroupsSection, GROUP_TABLE_HEAD, groupRow, headlinesSection } from './finding-groups.js';
import { historyPeopleSection } from './history.js';
import { overviewBlocks } from './overview.js';
import { systemsTable, teamsTable } from './verdict-tables.js';

/** GitHub takes 65,536 characters in a comment or a job summary; this leaves room for a wrapper's own text. */
export const SUMMARY_LIMIT = 60_000;
// Room kept for the closing "left out" section, which is written last.
const RESERVE = 1_500;
const HEADLINES = 5;
const CONCERNS = 15;
const DIAGNOSTIC_CODES = 15;
const VERDICT_ROWS = 20;

/**
 * The summary: totals, the headlines, the fit table, the first systems and teams with their verdicts, findings grouped by cause (as many as fit), diagnostics
 * by code, and what was left out with how to get it. Every piece is bounded, so the whole stays under
 * {@link SUMMARY_LIMIT} whatever the catalog holds.
 */
export function renderSummary(result: AnalysisResult): string {
  const groups = groupFindings(result.findings);
  const fit = fitSummary(result.systems, CONCERNS);
  const systems = systemsTable(result.systems, VERDICT_ROWS);
  const teams = teamsTable(result.teams, VERDICT_ROWS);
  const diagnostics = diagnosticGroupsSection(result.diagnostics, DIAGNOSTIC_CODES);
  const before = [...overviewBlocks(result), ...headlinesSection(result, headlines(result, HEADLINES)), ...fit.blocks, ...systems.blocks, ...teams.blocks, ...historyPeopleSection(result.history, 1_000)];
  const heading = `## Findings by cause (${plural(groups.length, 'cause')}, ${plural(result.findings.length, 'finding')})`;
  const used = [...before, heading, GROUP_TABLE_HEAD, ...diagnostics.blocks].reduce((sum, block) => sum + block.length + 2, 0);
  let budget = SUMMARY_LIMIT - RESERVE - used;
  const rows: string[] = [];
  for (const group of groups) {
    const row = groupRow(group);
    if (row.length + 1 > budget) break;
    rows.push(row);
    budget -= row.length + 1;
  }
  const findings = groups.length === 0 ? [heading, '_None._'] : [heading, [GROUP_TABLE_HEAD, ...rows].join('\n')];
  const hiddenGroups = groups.slice(rows.length);
  const leftOut = [
    hiddenGroups.length > 0
      ? `- ${plural(hiddenGroups.length, 'more cause')} (${plural(hiddenGroups.reduce((sum, g) => sum + g.count, 0), 'finding')}) that did not fit here.`
      : '',
    fit.hidden > 0 ? `- ${plural(fit.hidden, 'more system')} that do not fit.` : '',
    diagnostics.hidden > 0 ? `- ${plural(diagnostics.hidden, 'more diagnostic code')}.` : '',
    systems.hidden + teams.hidden > 0 ? `- The verdicts of ${plural(systems.hidden, 'more system')} and ${plural(teams.hidden, 'more team')}.` : '',
    `- Each finding's evidence and fix, every system's and team's verdict with its signals (${plural(result.systems.length, 'system')}, ${plural(result.teams.length, 'team')}).`,
  ].filter((line) => line !== '');
  const how = 'For everything: `--detail full` (e.g. `teamfit report --from result.json --format markdown --detail full`), or `--format html` or `--format json`.';
  return [...before, ...findings, ...diagnostics.blocks, '## Left out of this summary', leftOut.join('\n'), how].join('\n\n') + '\n';
}
