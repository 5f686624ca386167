import type { AnalysisResult, SystemResult } from 'teamfit';
import { FitStatus } from './fit-status.js';
import { ARCHITECTURES, FIT_VERDICTS } from './labels.js';
import { shortRef } from './refs.js';
import { cell, muted, table } from './styles.js';

/**
 * The model's fit table: architecture by fit verdict, every system in the one cell of the verdict it got, with
 * the teams around it. Placing systems by their own fit verdict keeps the table and the cards from disagreeing.
 */
export function FitTable({ result }: { result: AnalysisResult }) {
  return (
    <table style={table} data-testid="teamfit-fit-table">
      <thead>
        <tr>
          <th style={cell}>architecture</th>
          <th style={cell}>the model expects</th>
          {FIT_VERDICTS.map((verdict) => (
            <th key={verdict} style={cell}>
              <FitStatus verdict={verdict} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ARCHITECTURES.map((architecture) => {
          const systems = result.systems.filter((s) => s.architecture.label === architecture);
          return (
            <tr key={architecture}>
              <th scope="row" style={cell}>
                {architecture} ({systems.length})
              </th>
              <td style={{ ...cell, ...muted }}>{systems[0]?.fit.expected ?? 'no system has this architecture'}</td>
              {FIT_VERDICTS.map((verdict) => (
                <td key={verdict} style={cell} data-fit={`${architecture} ${verdict}`}>
                  {systems
                    .filter((s) => s.fit.verdict === verdict)
                    .map((system) => (
                      <SystemEntry key={system.ref} system={system} />
                    ))}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function SystemEntry({ system }: { system: SystemResult }) {
  const teams = system.fit.teams.map((t) => `${shortRef(t.team)} (${t.structure})`).join(', ');
  return (
    <div title={system.fit.notes.join(' ')}>
      <strong>{system.title ?? shortRef(system.ref)}</strong> <span style={muted}>{teams === '' ? 'no team' : `by ${teams}`}</span>
    </div>
  );
}
