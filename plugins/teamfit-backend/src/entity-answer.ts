import type { AnalysisResult, Finding, Signal, SystemFit, SystemResult, TeamResult } from 'teamfit';

/** What `GET /entities/:kind/:namespace/:name` answers: one entity's part of the latest analysis. */
export interface EntityAnswer {
  ref: string;
  analysedAt: string;
  /** The System's architecture verdict, or the Group's structure verdict (absent for other kinds). */
  verdict?: { aspect: 'architecture' | 'structure'; label: string; confidence: number; declared?: string; reason: string };
  /** Every signal behind the verdict: what was measured, its value and threshold. */
  signals: Signal[];
  /** The fit of each system the entity belongs to: a System's own, a Group's systems, a Component's System. */
  fits: { system: string; fit: SystemFit }[];
  /** Findings about the entity, and for a System or Group about what it holds or owns. */
  findings: Finding[];
  system?: SystemResult;
  team?: TeamResult;
}

export function entityAnswer(result: AnalysisResult, ref: string, analysedAt: string): EntityAnswer | undefined {
  const system = result.systems.find((s) => s.ref === ref);
  const team = result.teams.find((t) => t.ref === ref);
  const known = system || team || result.model.entities.some((e) => e.ref === ref);
  if (!known) return undefined;
  const about = new Set([ref, ...(system ? [...system.components, ...system.resources, ...system.apis] : []), ...(team?.owns ?? [])]);
  const findings = result.findings.filter((f) => about.has(f.subject));
  if (system) {
    const { label, confidence, declared, reason, signals } = system.architecture;
    return { ref, analysedAt, verdict: { aspect: 'architecture', label, confidence, ...(declared !== undefined && { declared }), reason }, signals, fits: [{ system: ref, fit: system.fit }], findings, system };
  }
  if (team) {
    const { label, confidence, declared, reason, signals } = team.structure;
    const fits = result.systems.filter((s) => s.fit.teams.some((t) => t.team === ref)).map((s) => ({ system: s.ref, fit: s.fit }));
    return { ref, analysedAt, verdict: { aspect: 'structure', label, confidence, ...(declared !== undefined && { declared }), reason }, signals, fits, findings, team };
  }
  const fits = result.systems.filter((s) => s.components.includes(ref) || s.resources.includes(ref) || s.apis.includes(ref)).map((s) => ({ system: s.ref, fit: s.fit }));
  return { ref, analysedAt, signals: [], fits, findings };
}
