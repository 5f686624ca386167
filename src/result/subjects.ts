import type { AnalysisResult, SystemResult } from './analysis-result.js';
import type { Finding } from './findings.js';

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
