const INFERRED = 'teamfit.dev/inferred';

/** Confidence buckets: below the usual floor, moderate, and the "confident" band the issues talk about. */
const BUCKETS = [['<0.5', 0, 0.5], ['0.5–0.7', 0.5, 0.7], ['≥0.7', 0.7, Infinity]];

/**
 * What issue #11 asks to print per real catalog, read from the JSON result only: how much of the catalog
 * takes part in a verdict, how many teams get one, how sure the verdicts are, and what went wrong.
 */
export function catalogStats(result) {
  const entities = result.model.entities;
  const systems = entities.filter((e) => e.kind === 'system');
  const inferred = systems.filter((s) => s.annotations?.[INFERRED] !== undefined).length;
  const components = entities.filter((e) => e.kind === 'component');
  const inSystem = new Set(result.model.relations.filter((r) => r.type === 'partOf' && r.target.startsWith('system:')).map((r) => r.source));
  const placed = components.filter((c) => inSystem.has(c.ref)).length;
  // Teams with nothing to judge (no members, owns nothing) cannot get a structure: the aim counts the others.
  const judgeable = result.teams.filter((t) => t.members.length > 0 || t.owns.length > 0);
  const determined = judgeable.filter((t) => t.structure.label !== 'undetermined');
  const verdicts = [...result.systems.map((s) => s.architecture), ...result.teams.map((t) => t.structure)].filter((v) => v.label !== 'undetermined');
  const diagnostics = new Map();
  for (const d of result.diagnostics) diagnostics.set(d.code, (diagnostics.get(d.code) ?? 0) + 1);
  return {
    // What the catalog holds: inferred systems are teamfit's, not the catalog's.
    entities: entities.filter((e) => e.inferred === undefined).length,
    systems: { declared: systems.length - inferred, inferred },
    components: { total: components.length, inSystem: placed },
    architectures: result.summary.architectures,
    teams: { total: result.teams.length, judgeable: judgeable.length, determined: determined.length },
    structures: result.summary.structures,
    confidence: BUCKETS.map(([name, low, high]) => [name, verdicts.filter((v) => v.confidence >= low && v.confidence < high).length]),
    diagnostics: [...diagnostics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}
