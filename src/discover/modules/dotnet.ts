import { baseName, dirOf, repoPath } from '../paths.js';
import type { Claims } from '../types.js';
import { lineLocator } from '../yaml-docs.js';

export const DOTNET_PROJECT = /\.(cs|fs|vb)proj$/;

/** Whether a project is a test project, which is neither a unit nor a library the units share. */
export function isDotnetTestProject(file: string, text: string): boolean {
  return /<IsTestProject>\s*true/i.test(text) || /[.-]?(Tests?|UnitTests|FunctionalTests|IntegrationTests)\.(cs|fs|vb)proj$/.test(file);
}

/** A .csproj: its ProjectReferences, its SDK (web or worker means an application) and version. */
export function parseDotnetProject(file: string, text: string, claims: Claims): void {
  const lineAt = lineLocator(text);
  const dir = dirOf(file);
  const dependsOn = [...text.matchAll(/<ProjectReference\s+Include\s*=\s*"([^"]+)"/g)].flatMap((m) => {
    const target = repoPath(dir, m[1] ?? '');
    return target ? [{ id: `dotnet:${target}`, evidence: { file, line: lineAt(m.index ?? 0), column: 1 } }] : [];
  });
  const isAppHost = /Aspire\.AppHost\.Sdk|<IsAspireHost>\s*true/i.test(text);
  const version = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(text)?.[1] ?? /<VersionPrefix>\s*([^<\s]+)/.exec(text)?.[1];
  claims.modules.push({
    id: `dotnet:${file}`,
    name: baseName(file).replace(DOTNET_PROJECT, ''),
    dir,
    source: 'dotnet',
    dependsOn,
    isApp: !isAppHost && (/Sdk\s*=\s*"Microsoft\.NET\.Sdk\.(Web|Worker|BlazorWebAssembly)"/.test(text) || /<OutputType>\s*(Exe|WinExe)/i.test(text)),
    isAggregator: isAppHost,
    evidence: { file, line: 1, column: 1 },
    ...(version ? { version } : {}),
  });
}

/** `.sln` Project lines: the projects a solution builds (evidence only; projects are read from their files). */
export function solutionProjects(file: string, text: string): Map<string, number> {
  const lineAt = lineLocator(text);
  const projects = new Map<string, number>();
  for (const m of text.matchAll(/^Project\("[^"]*"\)\s*=\s*"[^"]*",\s*"([^"]+\.(?:cs|fs|vb)proj)"/gm)) {
    const path = repoPath(dirOf(file), m[1] ?? '');
    if (path) projects.set(path, lineAt(m.index ?? 0));
  }
  return projects;
}
