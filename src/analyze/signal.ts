import type { Signal } from '../result/index.js';

type SignalInput = Omit<Signal, 'source' | 'evidence'> & Partial<Pick<Signal, 'source' | 'evidence'>>;

/** A catalog signal unless said otherwise; evidence capped so one signal never floods a report. */
export function signal(input: SignalInput): Signal {
  const evidence = input.evidence ?? [];
  return { ...input, source: input.source ?? 'catalog', evidence: evidence.slice(0, 50) };
}

/**
 * signal({...input, pushes, weight}) in one copy: the same keys in the same order (a key the input has
 * keeps its place, the others follow in this order), without the second spread, which V8 does slowly
 * when the inputs come in dozens of shapes.
 */
export function pushedSignal(input: Omit<SignalInput, 'pushes' | 'weight'>, pushes: Signal['pushes'], weight: number): Signal {
  const evidence = input.evidence ?? [];
  return { ...input, pushes, weight, source: input.source ?? 'catalog', evidence: evidence.slice(0, 50) };
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Refs named in one line of text (a signal's evidence, a message) before the rest are counted instead. */
const LISTED = 20;

/** `a, b, c` or, past {@link LISTED}, the first ones and `... and 19,980 more`: a hub's members are not one line each. */
export function listed(items: readonly string[], total = items.length): string {
  const shown = items.slice(0, LISTED);
  const hidden = total - shown.length;
  return shown.join(', ') + (hidden > 0 ? ` ... and ${hidden} more` : '');
}

/** A cycle as `a -> b -> ... -> a`, or past {@link LISTED} components its first ones, a count and its last. */
export function cyclePath(members: readonly string[]): string {
  const first = members[0];
  if (first === undefined) return '';
  if (members.length <= LISTED) return [...members, first].join(' -> ');
  return [...members.slice(0, LISTED - 2), `... ${members.length - LISTED + 1} more ...`, members[members.length - 1], first].join(' -> ');
}
