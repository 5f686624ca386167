import type { AnalysisResult } from 'teamfit';
import { STRUCTURES } from './labels.js';
import { PlainTable } from './plain-table.js';
import { refList, shortRef } from './refs.js';
import { percent } from './verdict-summary.js';

const COLUMNS = ['team', 'structure', 'confidence', 'owns', 'runs', 'why'];

/** Every team by structure: the verdict, its confidence, what it owns and what it runs. */
export function TeamTable({ result }: { result: AnalysisResult }) {
  const teams = [...result.teams].sort((a, b) => STRUCTURES.indexOf(a.structure.label) - STRUCTURES.indexOf(b.structure.label) || a.ref.localeCompare(b.ref));
  const rows = teams.map((team) => ({
    key: team.ref,
    cells: [team.title ?? shortRef(team.ref), team.structure.label, percent(team.structure.confidence), refList(team.owns), refList(team.operates), team.structure.reason],
  }));
  return <PlainTable columns={COLUMNS} rows={rows} testId="teamfit-team-table" />;
}
