import type { Signal } from 'teamfit';
import { PlainTable } from './plain-table.js';

const COLUMNS = ['signal', 'measured', 'value', 'threshold', 'pushes', 'weight', 'source', 'evidence'];

/** Every signal behind a verdict, with what a sceptical reader needs to check it by hand: value, threshold, weight, source, evidence. */
export function SignalTable({ signals }: { signals: readonly Signal[] }) {
  if (signals.length === 0) return <p>No signals.</p>;
  const sorted = [...signals].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const rows = sorted.map((signal) => ({
    key: signal.id,
    cells: [signal.id, signal.description, String(signal.value), signal.threshold ?? '', signal.pushes, signal.weight, signal.source, signal.evidence.join(', ')],
  }));
  return <PlainTable columns={COLUMNS} rows={rows} testId="teamfit-signal-table" />;
}
