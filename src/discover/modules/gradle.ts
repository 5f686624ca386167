import { dirOf, repoPath } from '../paths.js';
import type { Claims } from '../types.js';
import { lineLocator } from '../yaml-docs.js';

/** settings.gradle(.kts): the included projects, as Gradle project paths mapped to directories. */
export function parseGradleSettings(file: string, text: string): Map<string, string> {
  const dir = dirOf(file);
  const projects = new Map<string, string>([[':', dir]]);
  const code = text.replace(/\/\/[^\n]*/g, '');
  for (const statement of code.matchAll(/\binclude\s*\(?([^)\n]*(?:\n\s*[,"'][^)\n]*)*)\)?/g)) {
    for (const quoted of (statement[1] ?? '').matchAll(/["']([^"']+)["']/g)) {
      const path = quoted[1] ?? '';
      const projectPath = path.startsWith(':') ? path : `:${path}`;
      const projectDir = repoPath(dir, projectPath.slice(1).replace(/:/g, '/'));
      if (projectDir) projects.set(projectPath, projectDir);
    }
  }
  return projects;
}

/** build.gradle(.kts): a module; `project(':lib')` dependencies point at other modules. */
export function parseGradleBuild(file: string, text: string, projectPath: string, isRootWithIncludes: boolean, claims: Claims): void {
  const lineAt = lineLocator(text);
  const dependsOn = [...text.matchAll(/project\s*\(\s*(?:path\s*[:=]\s*)?["'](:[^"']*)["']/g)].map((m) => ({
    id: `gradle:${m[1] ?? ''}`,
    evidence: { file, line: lineAt(m.index ?? 0), column: 1 },
  }));
  const version = /^\s*version\s*=?\s*["']([^"']+)["']/m.exec(text)?.[1];
  const name = projectPath === ':' ? dirOf(file).split('/').pop() ?? 'root' : projectPath.split(':').pop() ?? projectPath;
  claims.modules.push({
    id: `gradle:${projectPath}`,
    name: name === '.' ? 'root' : name,
    dir: dirOf(file),
    source: 'gradle',
    dependsOn,
    isApp: /\bapplication\b|org\.springframework\.boot|com\.android\.application|io\.quarkus|io\.micronaut\.application|io\.ktor\.plugin/.test(text),
    isAggregator: isRootWithIncludes,
    evidence: { file, line: 1, column: 1 },
    ...(version ? { version } : {}),
  });
}

export function gradleProjectPath(buildFile: string, projects: ReadonlyMap<string, string>): string | undefined {
  const dir = dirOf(buildFile);
  for (const [path, projectDir] of projects) if (projectDir === dir) return path;
  return undefined;
}
