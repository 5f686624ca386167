import type { Signal } from 'teamfit';
import { list, muted } from './styles.js';

/** The signals that pushed towards the verdict, strongest first: what decided it. */
export function decidingSignals(signals: readonly Signal[], label: string): Signal[] {
  return signals.filter((s) => s.pushes === label && s.weight > 0).sort((a, b) => b.weight - a.weight);
}

export function measured(signal: Signal): string {
  const threshold = signal.threshold === undefined ? '' : ` (threshold ${signal.threshold})`;
  return `${String(signal.value)}${threshold}`;
}

/** A short list of signals for a card: description, the number measured and the threshold it was held against. */
export function SignalList({ signals, limit }: { signals: readonly Signal[]; limit: number }) {
  if (signals.length === 0) return <p>No signal pushed towards this verdict.</p>;
  return (
    <ul style={list} data-testid="teamfit-signals">
      {signals.slice(0, limit).map((signal) => (
        <li key={signal.id}>
          {signal.description}: <strong>{measured(signal)}</strong>{' '}
          <span style={muted} title={`source ${signal.source}, weight ${signal.weight}`}>
            [{signal.id}]
          </span>
        </li>
      ))}
      {signals.length > limit && <li style={muted}>and {signals.length - limit} more on the teamfit tab</li>}
    </ul>
  );
}
