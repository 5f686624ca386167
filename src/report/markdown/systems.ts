import type { Signal, SystemResult, TeamResult } from '../../result/index.js';
import { escapeMarkdown as e } from '../escape-markdown.js';
import { percent, signalMeasure } from '../format.js';
import { inferredCount, inferredNote } from '../inferred.js';
import { table } from './table.js';

const refs = (items: readonly string[]): string => (items.length === 0 ? 'none' : items.map(e).join(', '));

export function systemsSection(systems: readonly SystemResult[]): string[] {
  const out = [`## Systems (${systems.length}${inferredCount(systems)})`];
  if (systems.length === 0) return [...out, '_None found._'];
  out.push(
    table(
      ['System', 'Architecture', 'Confidence', 'Fit', 'Owners', 'Operators'],
      systems.map((s) => [`${e(s.ref)}${s.inferred ? ` (${e(inferredNote(s.inferred))})` : ''}`, e(s.architecture.label), percent(s.architecture.confidence), e(s.fit.verdict), refs(s.owners), refs(s.operators)]),
    ),
  );
  for (const system of systems) out.push(...systemDetail(system));
  return out;
}

function systemDetail(system: SystemResult): string[] {
  const { architecture, fit } = system;
  const heading = `### ${e(system.ref)}${system.title ? ` (${e(system.title)})` : ''}${system.inferred ? ` (${e(inferredNote(system.inferred))})` : ''}`;
  const declared = architecture.declared ? ` Declared: ${e(architecture.declared)}.` : '';
  const out = [
    heading,
    `**Architecture:** ${e(architecture.label)}, ${percent(architecture.confidence)} confident. ${e(architecture.reason)}${declared}`,
    `Components: ${system.components.length}, APIs: ${system.apis.length}, resources: ${system.resources.length}.`,
  ];
  if (architecture.signals.length > 0) out.push(signalsTable(architecture.signals));
  out.push(`**Fit:** ${e(fit.verdict)}. Expected: ${e(fit.expected)}`);
  const items = [
    ...fit.teams.map((team) => `- ${e(team.team)}: ${e(team.structure)} (${team.roles.map(e).join(', ')})`),
    ...fit.notes.map((note) => `- Note: ${e(note)}`),
  ];
  if (items.length > 0) out.push(items.join('\n'));
  return out;
}

export function teamsSection(teams: readonly TeamResult[]): string[] {
  const out = [`## Teams (${teams.length})`];
  if (teams.length === 0) return [...out, '_None found._'];
  out.push(
    table(
      ['Team', 'Structure', 'Confidence', 'Members', 'Owns', 'Operates', 'Dependent teams'],
      teams.map((t) => [
        e(t.ref),
        e(t.structure.label),
        percent(t.structure.confidence),
        String(t.members.length),
        String(t.owns.length),
        String(t.operates.length),
        String(t.dependents.length),
      ]),
    ),
  );
  for (const team of teams) {
    const { structure } = team;
    const declared = structure.declared ? ` Declared: ${e(structure.declared)}.` : '';
    out.push(`### ${e(team.ref)}${team.title ? ` (${e(team.title)})` : ''}`);
    out.push(`**Structure:** ${e(structure.label)}, ${percent(structure.confidence)} confident. ${e(structure.reason)}${declared}`);
    if (structure.signals.length > 0) out.push(signalsTable(structure.signals));
  }
  return out;
}

function signalsTable(signals: readonly Signal[]): string {
  return table(
    ['Pushes', 'Signal', 'Measured', 'Weight', 'Source', 'Evidence'],
    signals.map((signal) => [
      e(signal.pushes),
      e(signal.description),
      e(signalMeasure(signal)),
      String(Math.round(signal.weight * 100) / 100),
      e(signal.source),
      refs(signal.evidence),
    ]),
  );
}
