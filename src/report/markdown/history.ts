import type { HistoryEvidence } from '../../result/index.js';
import { clip } from '../clip.js';
import { escapeMarkdown as e } from '../escape-markdown.js';
import { botsLine, matchingLine, unmatchedLine } from '../history-people.js';

/** Who the git history's authors are: how many the catalog's Users account for, who is not matched, which are bots. */
export function historyPeopleSection(history: HistoryEvidence | undefined, maxLine = Number.POSITIVE_INFINITY): string[] {
  if (!history) return [];
  const lines = [matchingLine(history.matching), unmatchedLine(history.matching), botsLine(history.bots)].filter((line) => line !== '');
  return [`## Git history: people and bots`, lines.map((line) => `- ${e(clip(line, maxLine))}`).join('\n')];
}
