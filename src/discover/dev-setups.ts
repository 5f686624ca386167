import type { Diagnostic } from '../result/index.js';
import { DOCKERFILE } from './collect.js';
import { COMPOSE_FILE } from './manifests/compose.js';
import type { Unit } from './types.js';

/** Folders of development and test setups: what only they build runs on a laptop or in CI, not in production. */
const SETUP_DIRS = new Set(['development', 'dev', 'test', 'tests', 'testing', 'e2e', '__tests__', '.devcontainer']);
/** Name parts of compose files and Dockerfiles for such setups: docker-compose.dev.yml, compose.override.yaml, Dockerfile.test. */
const SETUP_NAMES = new Set(['dev', 'development', 'test', 'tests', 'testing', 'e2e', 'local', 'ci', 'override', 'debug']);

/** Whether a repository file (or a directory given with a trailing `/`) belongs to a development or test setup. */
export function isDevSetup(file: string): boolean {
  const parts = file.split('/');
  const name = parts.pop() ?? '';
  if (parts.some((part) => SETUP_DIRS.has(part.toLowerCase()))) return true;
  if (!COMPOSE_FILE.test(name) && !DOCKERFILE.test(name)) return false;
  return name.toLowerCase().split(/[._-]/).some((part) => SETUP_NAMES.has(part));
}

/**
 * Leaves out units that only development or test setups build (a PDF tool in a dev compose): they are not
 * deployed. One that builds a module outside such setups stays, unless another unit builds that folder: a
 * dev compose may be the only place the application itself is built. Resources declared only there are kept:
 * a dev compose is often the only place a repository names its datastores. Kept units cite production
 * manifests before development ones.
 */
export function dropDevOnly(units: readonly Unit[], moduleDirs: ReadonlySet<string>, diagnostics: Diagnostic[]): Unit[] {
  const devOnly = new Set(units.filter((u) => u.evidence.length > 0 && u.evidence.every((e) => isDevSetup(e.file))));
  const isOnlyBuild = (unit: Unit) =>
    unit.sourceDir !== '' && moduleDirs.has(unit.sourceDir) && !isDevSetup(`${unit.sourceDir}/`) &&
    !units.some((u) => !devOnly.has(u) && u.sourceDir === unit.sourceDir);
  return units.filter((unit) => {
    const [first] = unit.evidence;
    if (!devOnly.has(unit) || !first || isOnlyBuild(unit)) {
      // What production builds comes first: the first evidence is where the unit's entity is positioned.
      unit.evidence.sort((a, b) => Number(isDevSetup(a.file)) - Number(isDevSetup(b.file)));
      return true;
    }
    const files = [...new Set(unit.evidence.map((e) => e.file))].join(', ');
    const message = `${unit.name}: built only by development or test setups (${files}); not counted as a deployable unit`;
    diagnostics.push({ severity: 'info', code: 'discover-dev-only', message, file: first.file, line: first.line, column: first.column });
    return false;
  });
}
