import type { Unit } from '../types.js';

/**
 * Deployable units (or, without any, the library units) grouped by source directory: units started from one codebase (web + worker) change
 * together by construction, so history is measured between codebases, not between their processes.
 */
export class Codebases {
  readonly dirs: string[];
  readonly unitsOf = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  constructor(units: readonly Unit[]) {
    // A repository of libraries only has no deployable unit; its libraries are still what people work on.
    const counted = units.some((unit) => unit.deployable) ? units.filter((unit) => unit.deployable) : units;
    for (const unit of counted) {
      if (unit.sourceDir === '') continue;
      this.unitsOf.set(unit.sourceDir, [...(this.unitsOf.get(unit.sourceDir) ?? []), unit.name]);
    }
    this.dirs = [...this.unitsOf.keys()];
  }

  /** The deepest codebase holding `file`, or undefined. */
  of(file: string): string | undefined {
    const cached = this.cache.get(file);
    if (cached !== undefined) return cached ?? undefined;
    let found: string | undefined;
    for (let dir = file; ; ) {
      const slash = dir.lastIndexOf('/');
      dir = slash < 0 ? '.' : dir.slice(0, slash);
      if (this.unitsOf.has(dir)) {
        found = dir;
        break;
      }
      if (dir === '.') break;
    }
    if (this.cache.size > 200_000) this.cache.clear(); // bounded memory on huge trees
    this.cache.set(file, found ?? null);
    return found;
  }

  label(dir: string): string {
    return this.unitsOf.get(dir)?.[0] ?? dir;
  }
}
