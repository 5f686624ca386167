import type { AnalysisResult } from 'teamfit';
import { STRUCTURES } from './labels.js';
import { refList, shortRef } from './refs.js';
import { cell, table } from './styles.js';
import { percent } from './verdict-summary.js';

const COLUMNS = ['team', 'structure', 'confidence', 'owns', 'runs', 'why'];

/** Every team by structure: the verdict, its confidence, what it owns and what it runs. */
export function TeamTable({ result }: { result: AnalysisResult }) {
  const teams = [...result.teams].sort((a, b) => STRUCTURES.indexOf(a.structure.label) - STRUCTURES.indexOf(b.structure.label) || a.ref.localeCompare(b.ref));
  return (
    <table style={table} data-testid="teamfit-team-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} style={cell}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {teams.map((team) => (
          <tr key={team.ref}>
            {[team.title ?? shortRef(team.ref), team.structure.label, percent(team.structure.confidence), refList(team.owns), refList(team.operates), team.structure.reason].map((value, column) => (
              <td key={COLUMNS[column]} style={cell}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
