import type { Signal } from '../../result/index.js';
import { percent, signalMeasure } from '../format.js';

/**
 * What a confidence means, for a tooltip: confidence grows with how many independent signals agree and
 * how much each weighs (docs/model.md), so the note lists every signal with its weight and direction.
 */
export function confidenceNote(label: string, confidence: number, signals: readonly Signal[]): string {
  const counted = [...signals].filter((signal) => signal.pushes !== 'none' && signal.weight > 0).sort((a, b) => b.weight - a.weight);
  const lines = counted.map((signal) => `${signal.pushes === label ? '+' : '-'} ${signal.id} = ${signalMeasure(signal)} (weight ${round(signal.weight)}, towards ${signal.pushes})`);
  const agree = counted.filter((signal) => signal.pushes === label).length;
  const head = `${percent(confidence)} ${label}: ${agree} of ${counted.length} weighted signals point to it; confidence grows with the weight of the signals that agree, less those against.`;
  return [head, ...lines].join('\n');
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
