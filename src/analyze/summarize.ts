import { ARCHITECTURE_LABELS, STRUCTURE_LABELS } from '../result/index.js';
import type { Diagnostic, Finding, OrgModel, Severity, Summary, SystemResult, TeamResult } from '../result/index.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function summarize(model: OrgModel, systems: SystemResult[], teams: TeamResult[], findings: Finding[], diagnostics: Diagnostic[]): Summary {
  const count = <L extends string>(labels: readonly L[], values: L[]) =>
    Object.fromEntries(labels.map((label) => [label, values.filter((v) => v === label).length])) as Record<L, number>;
  const bySeverity = (items: Array<{ severity: Severity }>) => count(SEVERITIES, items.map((item) => item.severity));
  return {
    // The catalog's entities: a user checks this against their catalog, which has no inferred systems.
    entities: model.entities.filter((entity) => !entity.inferred).length,
    systems: systems.length,
    components: model.entities.filter((entity) => entity.kind === 'component').length,
    teams: teams.length,
    architectures: count(ARCHITECTURE_LABELS, systems.map((s) => s.architecture.label)),
    structures: count(STRUCTURE_LABELS, teams.map((t) => t.structure.label)),
    findings: bySeverity(findings),
    diagnostics: bySeverity(diagnostics),
    highestSeverity: SEVERITIES.find((severity) => findings.some((f) => f.severity === severity)) ?? null,
  };
}
