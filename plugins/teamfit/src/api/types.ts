import type { Finding, Signal, SystemFit, SystemResult, TeamResult } from 'teamfit';

/**
 * One entity's part of the latest analysis, as the backend's `GET /api/teamfit/entities/:kind/:namespace/:name`
 * answers it. Declared here rather than imported so that the frontend depends on teamfit's types only, never
 * on backend code; a test checks the backend's answer type stays assignable to it.
 */
export interface TeamfitEntity {
  ref: string;
  /** When the analysis that this answer comes from ran (ISO 8601). */
  analysedAt: string;
  /** A System's architecture verdict or a Group's structure verdict; absent for other kinds. */
  verdict?: { aspect: 'architecture' | 'structure'; label: string; confidence: number; declared?: string; reason: string };
  /** Every signal behind the verdict: what was measured, its value, threshold and weight. */
  signals: Signal[];
  /** The fit of each system the entity belongs to. */
  fits: { system: string; fit: SystemFit }[];
  /** Findings about the entity and, for a System or Group, about what it holds or owns. */
  findings: Finding[];
  system?: SystemResult;
  team?: TeamResult;
}

/** The entity a page shows, as Backstage names it. */
export interface TeamfitEntityName {
  kind: string;
  namespace?: string;
  name: string;
}
