import { entityName } from './paths.js';
import type { Claims, Evidence, ModuleClaim, Unit } from './types.js';

/** A deployable unit with nothing claimed yet; its own name is its first host. */
export function emptyUnit(name: string, sourceDir: string): Unit {
  return { name: entityName(name), sourceDir, deployable: true, sources: [], hosts: [name], modules: [], evidence: [] };
}

/** Without deploy manifests: application modules, or else the modules nothing else depends on. */
export function unitsFromModules(modules: ModuleClaim[]): Unit[] {
  const real = modules.filter((m) => !m.isAggregator);
  const ids = new Set(real.map((m) => m.id));
  const used = new Set(real.flatMap((m) => m.dependsOn.map((d) => d.id)).filter((id) => ids.has(id)));
  const apps = real.filter((m) => m.isApp);
  const chosen = apps.length > 0 ? apps : real.filter((m) => !used.has(m.id) && m.libraryReason === undefined);
  const byDir = new Map<string, Unit>();
  for (const module of chosen) {
    if (byDir.has(module.dir)) continue;
    byDir.set(module.dir, { ...emptyUnit(module.name.replace(/^@[^/]+\//, ''), module.dir), sources: [module.source], evidence: [module.evidence] });
  }
  return [...byDir.values()];
}

/**
 * A repository whose modules are all libraries (published packages nothing here runs or deploys) has no
 * deployable unit: its top libraries are non-deployable units, so the system exists and is undetermined.
 */
export function libraryUnits(modules: readonly ModuleClaim[], claims: Claims): Unit[] {
  const real = modules.filter((m) => !m.isAggregator);
  const used = new Set(real.flatMap((m) => m.dependsOn.map((d) => d.id)));
  const top = real.filter((m) => m.libraryReason !== undefined && !used.has(m.id));
  for (const module of top) {
    const message = `${module.name} is a library: ${module.libraryReason}, and no Dockerfile, compose, Procfile, Kubernetes or Helm manifest deploys it; no deployable unit`;
    claims.diagnostics.push({ severity: 'info', code: 'discover-library-only', message, ...module.evidence });
  }
  return top.map((m) => ({ ...emptyUnit(m.name.replace(/^@[^/]+\//, ''), m.dir), deployable: false, sources: [m.source], evidence: [m.evidence] }));
}

/**
 * A repository with an application's marker file, or a root build that links a program, but no manifest is one
 * unit; without either, there is none.
 */
export function rootUnit(files: readonly string[], repoName: string, modules: readonly ModuleClaim[], programBuild?: Evidence): Unit | undefined {
  // A root Python library's packaging and requirements say how to install it, not that anything runs.
  const isPythonLibrary = modules.some((m) => m.source === 'python' && m.dir === '.' && m.libraryReason !== undefined);
  const python = /^(requirements\.txt|pyproject\.toml|setup\.py)$/;
  const marker = files.find((f) => /^(manage\.py|Gemfile|requirements\.txt|pyproject\.toml|composer\.json|mix\.exs|setup\.py|deno\.json|main\.go)$/.test(f) && !(isPythonLibrary && python.test(f)));
  if (marker !== undefined) return { ...emptyUnit(repoName, '.'), evidence: [{ file: marker, line: 1, column: 1 }] };
  return programBuild === undefined ? undefined : { ...emptyUnit(repoName, '.'), evidence: [programBuild] };
}
