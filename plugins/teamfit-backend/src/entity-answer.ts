import { findingsAbout, systemsOf, type AnalysisResult, type Finding, type Signal, type SystemFit, type SystemResult, type TeamResult } from 'teamfit';

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
  if (!system && !team && !result.model.entities.some((e) => e.ref === ref)) return undefined;
  const base = { ref, analysedAt, fits: systemsOf(result, ref).map((s) => ({ system: s.ref, fit: s.fit })), findings: findingsAbout(result, ref) };
  const verdict = system ? { aspect: 'architecture' as const, ...system.architecture } : team ? { aspect: 'structure' as const, ...team.structure } : undefined;
  if (!verdict) return { ...base, signals: [] };
  const { aspect, label, confidence, declared, reason, signals } = verdict;
  return { ...base, verdict: { aspect, label, confidence, ...(declared !== undefined && { declared }), reason }, signals, ...(system && { system }), ...(team && { team }) };
}
