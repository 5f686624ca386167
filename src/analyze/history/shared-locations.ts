import type { Diagnostic, EntityRef } from '../../result/index.js';
import type { ComponentLocation } from './types.js';

/**
 * Components that claim one source location (same clone, same path). Git cannot tell their changes apart,
 * so each gets the whole history of the location (src/analyze/history/path-map.ts) and this says so: an
 * `info` when one owner holds them all (a catalog file declaring two components of one codebase), a
 * `warning` when their owners differ (two teams claim one codebase, and each is credited with all of it).
 */
export function sharedLocationDiagnostics(locations: readonly ComponentLocation[], ownerOf: (component: EntityRef) => EntityRef | undefined): Diagnostic[] {
  const byLocation = new Map<string, { repository: string; path: string; components: string[] }>();
  for (const location of locations) {
    const key = `${location.repository}\u0000${trimmed(location.path)}`;
    const entry = byLocation.get(key) ?? { repository: location.repository, path: trimmed(location.path), components: [] };
    if (!entry.components.includes(location.component)) entry.components.push(location.component);
    byLocation.set(key, entry);
  }
  return [...byLocation.values()]
    .filter((entry) => entry.components.length > 1)
    .map(({ repository, path, components }) => {
      const owners = new Set(components.map((component) => ownerOf(component) ?? 'no owner'));
      const where = path === '' ? `the whole of ${repository}` : `${path}/ in ${repository}`;
      const split = owners.size > 1 ? ` Their owners differ (${[...owners].sort().join(', ')}): each is credited with all of its changes.` : '';
      return {
        severity: owners.size > 1 ? 'warning' : 'info',
        code: 'git-location-shared',
        message: `${components.join(', ')} claim one source location, ${where}: git cannot tell their changes apart, so each gets its whole history (and their co-change is not counted as coupling).${split} Point each source-location at its own folder to separate them.`,
        file: repository,
        ...(components[0] ? { entity: components[0] } : {}),
      } satisfies Diagnostic;
    });
}

function trimmed(path: string): string {
  return path.split('/').filter((segment) => segment !== '' && segment !== '.').join('/');
}
