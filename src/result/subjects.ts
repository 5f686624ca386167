import type { AnalysisResult, SystemFit, SystemResult, TeamResult } from './analysis-result.js';
import type { Finding } from './findings.js';
import type { Signal } from './common.js';

/**
 * The findings that concern an entity: about itself, and for a System about its components, resources and
 * APIs, for a team about what it owns. What a System or Group page in Backstage shows as "its" findings.
 */
export function findingsAbout(result: AnalysisResult, ref: string): Finding[] {
  const system = result.systems.find((s) => s.ref === ref);
  const team = result.teams.find((t) => t.ref === ref);
  const about = new Set([ref, ...(system ? [...system.components, ...system.resources, ...system.apis] : []), ...(team?.owns ?? [])]);
  return result.findings.filter((f) => about.has(f.subject));
}

/** The systems an entity belongs to: a System itself, the systems a team owns, operates or supports, a component's System. */
export function systemsOf(result: AnalysisResult, ref: string): SystemResult[] {
  return result.systems.filter((s) => s.ref === ref || s.fit.teams.some((t) => t.team === ref) || s.components.includes(ref) || s.resources.includes(ref) || s.apis.includes(ref));
}

/**
 * One entity's part of a result: what a System or Group page shows (the Backstage backend serves it at
 * `/api/teamfit/entities/:kind/:namespace/:name`, the frontend plugin renders it).
 */
export interface EntityAnswer {
  ref: string;
  /** When the analysis that this answer comes from ran (ISO 8601). */
  analysedAt: string;
  /** The System's architecture verdict, or the Group's structure verdict (absent for other kinds). */
  verdict?: { aspect: 'architecture' | 'structure'; label: string; confidence: number; declared?: string; reason: string };
  /** Every signal behind the verdict: what was measured, its value, threshold and weight. */
  signals: Signal[];
  /** The fit of each system the entity belongs to: a System's own, a Group's systems, a Component's System. */
  fits: { system: string; fit: SystemFit }[];
  /** Findings about the entity, and for a System or Group about what it holds or owns. */
  findings: Finding[];
  system?: SystemResult;
  team?: TeamResult;
}

/** The entity's part of the result, or undefined when the result does not know the entity. */
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
