import type { SystemResult, TeamResult } from '../../result/index.js';
import { clip } from '../clip.js';
import { escapeMarkdown as e } from '../escape-markdown.js';
import { joinTruncated, percent } from '../format.js';
import { table } from './table.js';

const cell = (text: string, max: number): string => e(clip(text, max));

/** The first `limit` systems with their verdicts, one row each, every cell bounded; and how many were left out. */
export function systemsTable(systems: readonly SystemResult[], limit: number): { blocks: string[]; hidden: number } {
  if (systems.length === 0) return { blocks: [], hidden: 0 };
  const shown = systems.slice(0, limit);
  const rows = shown.map((s) => [cell(s.ref, 150), e(s.architecture.label), percent(s.architecture.confidence), e(s.fit.verdict), cell(joinTruncated(s.owners, 3), 250)]);
  const more = systems.length > shown.length ? ` (the first ${shown.length})` : '';
  return { blocks: [`## Systems (${systems.length})${more}`, table(['System', 'Architecture', 'Confidence', 'Fit', 'Owners'], rows)], hidden: systems.length - shown.length };
}

/** The same for teams. */
export function teamsTable(teams: readonly TeamResult[], limit: number): { blocks: string[]; hidden: number } {
  if (teams.length === 0) return { blocks: [], hidden: 0 };
  const shown = teams.slice(0, limit);
  const rows = shown.map((t) => [cell(t.ref, 150), e(t.structure.label), percent(t.structure.confidence), String(t.owns.length), String(t.operates.length)]);
  const more = teams.length > shown.length ? ` (the first ${shown.length})` : '';
  return { blocks: [`## Teams (${teams.length})${more}`, table(['Team', 'Structure', 'Confidence', 'Owns', 'Operates'], rows)], hidden: teams.length - shown.length };
}
