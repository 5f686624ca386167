import type { Signal } from 'teamfit';
import { cell, table } from './styles.js';

const COLUMNS = ['signal', 'measured', 'value', 'threshold', 'pushes', 'weight', 'source', 'evidence'];

/** Every signal behind a verdict, with what a sceptical reader needs to check it by hand: value, threshold, weight, source, evidence. */
export function SignalTable({ signals }: { signals: readonly Signal[] }) {
  if (signals.length === 0) return <p>No signals.</p>;
  const sorted = [...signals].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  return (
    <table style={table} data-testid="teamfit-signal-table">
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
        {sorted.map((signal) => (
          <tr key={signal.id}>
            {[signal.id, signal.description, String(signal.value), signal.threshold ?? '', signal.pushes, signal.weight, signal.source, signal.evidence.join(', ')].map((value, column) => (
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
