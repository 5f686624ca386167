import type { TeamResult } from '../../result/index.js';
import { percent, truncate } from '../format.js';
import type { Lines } from './lines.js';
import type { Palette } from './palette.js';
import { writeSignals } from './systems.js';

const TEAM_LIMIT = 40;
const SIGNAL_LIMIT = 4;

export function writeTeams(out: Lines, teams: readonly TeamResult[], paint: Palette): void {
  out.add(0, paint.bold(`Teams (${teams.length})`));
  if (teams.length === 0) out.add(2, paint.dim('none found'));
  const { shown, hidden } = truncate(teams, TEAM_LIMIT);
  for (const team of shown) {
    const { structure } = team;
    const title = team.title ? ` ${paint.dim(`"${team.title}"`)}` : '';
    out.add(2, `${paint.bold(team.ref)}${title}`);
    const declared = structure.declared ? paint.dim(` (declared: ${structure.declared})`) : '';
    out.add(4, `structure: ${paint.label(structure.label, structure.label)} ${percent(structure.confidence)}${declared}`);
    out.add(6, structure.reason);
    writeSignals(out, 6, structure.signals, SIGNAL_LIMIT, paint);
    out.add(
      4,
      `members: ${team.members.length}, owns: ${team.owns.length}, operates: ${team.operates.length}, dependent teams: ${team.dependents.length}`,
    );
    out.blank();
  }
  out.more(2, hidden, ' teams (see --format markdown or json)');
  out.blank();
}
