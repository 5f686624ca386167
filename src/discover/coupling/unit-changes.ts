import { isInside } from '../paths.js';
import { isDependencyManifest, manifestScope } from './dependency-manifests.js';

export interface UnitChanges {
  /** Codebases with any file changed: the raw count, as before any filter. */
  touched: string[];
  /** Codebases with a change beyond their build and dependency manifests: what co-change counts. */
  changed: string[];
  /** A manifest shared by two or more of the changed codebases changed too: a shared dependency moved them. */
  isSharedUpgrade: boolean;
}

/**
 * What one commit changed, per codebase. `prefix` is the discovered folder relative to the top of the work
 * tree (log paths are relative to the top, codebases to the discovered folder).
 */
export function unitChanges(files: readonly string[], prefix: string, codebaseOf: (relative: string) => string | undefined): UnitChanges {
  const touched = new Set<string>();
  const changed = new Set<string>();
  const sharedScopes: string[] = [];
  for (const file of files) {
    const relative = file.startsWith(prefix) ? file.slice(prefix.length) : undefined;
    const dir = relative === undefined ? undefined : codebaseOf(relative);
    const isManifest = isDependencyManifest(file);
    if (dir !== undefined) {
      touched.add(dir);
      if (!isManifest) changed.add(dir);
    } else if (isManifest) {
      const scope = scopeInside(manifestScope(file), prefix);
      if (scope !== undefined) sharedScopes.push(scope);
    }
  }
  const moved = [...changed];
  const isSharedUpgrade = sharedScopes.some((scope) => moved.filter((dir) => isInside(dir, scope)).length >= 2);
  return { touched: [...touched], changed: moved, isSharedUpgrade };
}

/** A top-relative folder as seen from the discovered folder: `.` when it holds the whole of it, undefined when it lies beside it. */
function scopeInside(scope: string, prefix: string): string | undefined {
  const top = prefix.replace(/\/$/, '');
  if (top === '') return scope;
  if (scope === '.' || isInside(top, scope)) return '.';
  return isInside(scope, top) ? scope.slice(top.length + 1) : undefined;
}
