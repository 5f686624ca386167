import { isInside } from '../paths.js';
import type { ArtifactCoupling, Unit } from '../types.js';
import { componentRef } from './refs.js';

const LANGUAGE: Record<string, string> = {
  go: 'Go', java: 'Java', kt: 'Kotlin', scala: 'Scala', cs: 'C#', fs: 'F#', py: 'Python', rb: 'Ruby', rs: 'Rust', php: 'PHP',
  js: 'JavaScript', mjs: 'JavaScript', cjs: 'JavaScript', ts: 'TypeScript', tsx: 'TypeScript', jsx: 'JavaScript', ex: 'Elixir', exs: 'Elixir',
  c: 'C', cc: 'C++', cpp: 'C++', swift: 'Swift', dart: 'Dart', clj: 'Clojure', hs: 'Haskell', erl: 'Erlang', lua: 'Lua',
};
/** Build files, most specific first: the build system a unit's folder holds. */
const BUILD: Array<[RegExp, string]> = [
  [/(^|\/)go\.mod$/, 'go'], [/(^|\/)pom\.xml$/, 'maven'], [/(^|\/)build\.gradle(\.kts)?$/, 'gradle'], [/\.(cs|fs)proj$/, 'dotnet'],
  [/(^|\/)Cargo\.toml$/, 'cargo'], [/(^|\/)package\.json$/, 'npm'], [/(^|\/)(pyproject\.toml|requirements\.txt|setup\.py|Pipfile)$/, 'python'],
  [/(^|\/)Gemfile$/, 'bundler'], [/(^|\/)composer\.json$/, 'composer'], [/(^|\/)mix\.exs$/, 'mix'], [/(^|\/)(CMakeLists\.txt|meson\.build|Makefile)$/, 'native'],
];

/**
 * Each unit's main language (most source files) and build system. Units in different languages or built
 * by different build systems cannot share code or a build: evidence that they change independently.
 */
export function separateStacks(units: readonly Unit[], files: readonly string[]): ArtifactCoupling[] {
  const deployables = units.filter((u) => u.deployable && u.sourceDir !== '' && u.sourceDir !== '.');
  const stacks = deployables.flatMap((unit) => {
    const inside = files.filter((f) => isInside(f, unit.sourceDir));
    const counts = new Map<string, number>();
    for (const file of inside) {
      const language = LANGUAGE[/\.(\w+)$/.exec(file)?.[1]?.toLowerCase() ?? ''];
      if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
    const language = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    const build = BUILD.find(([re]) => inside.some((f) => re.test(f)))?.[1];
    return language || build ? [{ unit: componentRef(unit.name), language: language ?? 'unknown', build: build ?? 'unknown' }] : [];
  });
  if (stacks.length < 2) return [];
  const languages = new Set(stacks.map((s) => s.language).filter((l) => l !== 'unknown')).size;
  const builds = new Set(stacks.map((s) => s.build).filter((b) => b !== 'unknown')).size;
  if (languages < 2 && builds < 2) return [];
  return [{
    kind: 'separate-stacks', stacks, languages, units: stacks.map((s) => s.unit), coupled: false, threshold: 2,
    evidence: stacks.map((s) => `${s.unit.split('/').pop()}: ${s.language}, built with ${s.build}`),
  }];
}
