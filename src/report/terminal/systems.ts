import type { Signal, SystemResult } from '../../result/index.js';
import { joinTruncated, percent, signalMeasure, truncate } from '../format.js';
import { inferredCount, inferredNote } from '../inferred.js';
import type { Lines } from './lines.js';
import type { Palette } from './palette.js';

const SYSTEM_LIMIT = 40;
const SIGNAL_LIMIT = 6;
const REF_LIMIT = 4;

export function writeSystems(out: Lines, systems: readonly SystemResult[], paint: Palette): void {
  out.add(0, paint.bold(`Systems (${systems.length}${inferredCount(systems)})`));
  if (systems.length === 0) out.add(2, paint.dim('none found'));
  const { shown, hidden } = truncate(systems, SYSTEM_LIMIT);
  for (const system of shown) {
    writeSystem(out, system, paint);
  }
  out.more(2, hidden, ' systems (see --format markdown or json)');
  out.blank();
}

function writeSystem(out: Lines, system: SystemResult, paint: Palette): void {
  const { architecture, fit } = system;
  const title = system.title ? ` ${paint.dim(`"${system.title}"`)}` : '';
  const inferred = system.inferred ? ` ${paint.dim(`(${inferredNote(system.inferred)})`)}` : '';
  out.add(2, `${paint.bold(system.ref)}${title}${inferred}`);
  const declared = architecture.declared ? paint.dim(` (declared: ${architecture.declared})`) : '';
  out.add(4, `architecture: ${paint.label(architecture.label, architecture.label)} ${percent(architecture.confidence)}${declared}`);
  out.add(6, architecture.reason);
  writeSignals(out, 6, architecture.signals, SIGNAL_LIMIT, paint);
  out.add(4, `components: ${system.components.length}, apis: ${system.apis.length}, resources: ${system.resources.length}`);
  out.add(4, `owners: ${joinTruncated(system.owners, REF_LIMIT)}`);
  out.add(4, `operators: ${joinTruncated(system.operators, REF_LIMIT)}`);
  out.add(4, `fit: ${paint.fit(fit.verdict, fit.verdict)} ${paint.dim('- expected:')} ${fit.expected}`);
  const teams = fit.teams.map((team) => `${team.team} (${team.structure}; ${team.roles.join(', ')})`);
  if (teams.length > 0) out.add(6, `teams: ${joinTruncated(teams, REF_LIMIT)}`);
  for (const note of fit.notes) out.add(6, `note: ${note}`);
  out.blank();
}

/** Strongest signals first: they are the ones that decided the verdict. */
export function writeSignals(out: Lines, indent: number, signals: readonly Signal[], limit: number, paint: Palette): void {
  const sorted = [...signals].sort((a, b) => b.weight - a.weight);
  const { shown, hidden } = truncate(sorted, limit);
  for (const signal of shown) {
    const towards = signal.pushes === 'none' ? paint.dim('-> none') : `-> ${paint.label(signal.pushes, signal.pushes)}`;
    out.add(indent, `${towards}  ${signal.description}: ${signalMeasure(signal)} ${paint.dim(`[${signal.source}]`)}`);
  }
  out.more(indent, hidden, ' signals');
}
