import { ARCHITECTURE_LABELS, FitVerdict, type SystemResult } from '../../result/index.js';
import { clip } from '../clip.js';
import { escapeMarkdown as e } from '../escape-markdown.js';
import { joinTruncated } from '../format.js';
import { table } from './table.js';

const VERDICTS = FitVerdict.options;
// Worst first: the systems a reader should look at.
const CONCERN: Record<FitVerdict, number> = { misfit: 0, 'no-fit': 1, partial: 2, unknown: 3, fits: 4 };

/**
 * Systems counted by architecture and the fit they got, so the table agrees with each system's own verdict;
 * then the systems that do not fit, worst first, at most `limit` of them.
 */
export function fitSummary(systems: readonly SystemResult[], limit: number): { blocks: string[]; hidden: number } {
  if (systems.length === 0) return { blocks: ['## Fit', '_No systems found._'], hidden: 0 };
  const count = (architecture: string, verdict: FitVerdict): number =>
    systems.filter((s) => s.architecture.label === architecture && s.fit.verdict === verdict).length;
  const rows = ARCHITECTURE_LABELS.filter((a) => systems.some((s) => s.architecture.label === a)).map((architecture) => [
    e(architecture),
    ...VERDICTS.map((verdict) => String(count(architecture, verdict) || '')),
  ]);
  const blocks = ['## Fit', table(['Architecture \\ fit', ...VERDICTS], rows)];
  const concerns = systems
    .filter((s) => s.fit.verdict !== 'fits')
    .sort((a, b) => CONCERN[a.fit.verdict] - CONCERN[b.fit.verdict] || b.components.length - a.components.length || a.ref.localeCompare(b.ref));
  const shown = concerns.slice(0, limit);
  if (shown.length > 0) {
    blocks.push(`Systems that do not fit (${concerns.length}), worst and largest first:`);
    blocks.push(shown.map(concernLine).join('\n'));
  }
  return { blocks, hidden: concerns.length - shown.length };
}

function concernLine(system: SystemResult): string {
  const teams = system.fit.teams.map((t) => `${t.team} (${t.structure}, ${t.roles.join('/')})`);
  const why = system.fit.notes[0] ?? `expected ${system.fit.expected}`;
  return `- **${e(system.fit.verdict)}** ${e(clip(system.ref, 150))} (${e(system.architecture.label)}, ${system.components.length} components): ${e(clip(why, 200))}; teams: ${e(clip(joinTruncated(teams, 3), 300))}`;
}
