import type { Severity, Signal } from '../result/index.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** `value` or `value vs threshold`, numbers rounded for reading (the JSON keeps them exact). */
export function signalMeasure(signal: Signal): string {
  const value = formatScalar(signal.value);
  return signal.threshold === undefined ? value : `${value} vs threshold ${formatScalar(signal.threshold)}`;
}

function formatScalar(value: number | string | boolean): string {
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** The first `limit` items, and how many were left out. */
export function truncate<T>(items: readonly T[], limit: number): { shown: readonly T[]; hidden: number } {
  // Hiding a single item saves nothing over showing it.
  if (items.length <= limit + 1) return { shown: items, hidden: 0 };
  return { shown: items.slice(0, limit), hidden: items.length - limit };
}

/** `a, b, c ... and 4 more`, or `none`; `total` counts items the result kept out of a long list. */
export function joinTruncated(items: readonly string[], limit: number, total = items.length): string {
  if (items.length === 0) return 'none';
  const { shown } = truncate(items, limit);
  const hidden = total - shown.length;
  return shown.join(', ') + (hidden > 0 ? ` ... and ${hidden} more` : '');
}

export function bySeverity<T extends { severity: Severity }>(items: readonly T[]): Array<[Severity, T[]]> {
  return SEVERITIES.map((severity): [Severity, T[]] => [severity, items.filter((item) => item.severity === severity)]).filter(
    ([, group]) => group.length > 0,
  );
}

/** `2 errors, 1 warning, 0 info`. */
export function countsLine(counts: Record<Severity, number>): string {
  return SEVERITIES.map((severity) => (severity === 'info' ? `${counts.info} info` : plural(counts[severity], severity))).join(', ');
}

/** `file:line:column`, as much of it as is known. */
export function position(place: { file?: string | undefined; line?: number | undefined; column?: number | undefined }): string {
  if (place.file === undefined) return '';
  if (place.line === undefined) return place.file;
  return place.column === undefined ? `${place.file}:${place.line}` : `${place.file}:${place.line}:${place.column}`;
}

/** `2 monolith, 1 microservices`: the labels that occur, in the record's order. */
export function distribution(counts: Partial<Record<string, number>>, show: (label: string) => string = (label) => label): string {
  const parts = Object.entries(counts)
    .filter((entry): entry is [string, number] => (entry[1] ?? 0) > 0)
    .map(([label, count]) => `${count} ${show(label)}`);
  return parts.join(', ') || 'none';
}
