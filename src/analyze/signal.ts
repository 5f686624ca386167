import type { Signal } from '../result/index.js';

type SignalInput = Omit<Signal, 'source' | 'evidence'> & Partial<Pick<Signal, 'source' | 'evidence'>>;

/** A catalog signal unless said otherwise; evidence capped so one signal never floods a report. */
export function signal(input: SignalInput): Signal {
  const evidence = input.evidence ?? [];
  return { ...input, source: input.source ?? 'catalog', evidence: evidence.slice(0, 50) };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
