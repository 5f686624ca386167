import { dirOf, repoPath } from '../paths.js';
import type { Claims, ModuleClaim } from '../types.js';
import { lineLocator } from '../yaml-docs.js';

const BLOCKS = /<(parent|dependencies|dependencyManagement|build|profiles|reporting|pluginRepositories|repositories)>[\s\S]*?<\/\1>/g;

/** pom.xml, read with regular expressions: artifactId, version, packaging, <modules> and dependencies. */
export function parsePom(file: string, text: string, claims: Claims): void {
  const xml = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const own = xml.replace(BLOCKS, (block) => block.replace(/[^\n]/g, ' '));
  const lineAt = lineLocator(xml);
  const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(own);
  if (!artifact) {
    claims.diagnostics.push({ severity: 'info', code: 'discover-unparseable', message: `${file}: no artifactId found`, file, line: 1, column: 1 });
    return;
  }
  const parentVersion = /<parent>[\s\S]*?<version>\s*([^<\s]+)\s*<\/version>[\s\S]*?<\/parent>/.exec(xml)?.[1];
  const version = /<version>\s*([^<\s]+)\s*<\/version>/.exec(own)?.[1] ?? parentVersion;
  const packaging = /<packaging>\s*([^<\s]+)\s*<\/packaging>/.exec(own)?.[1] ?? 'jar';
  const dir = dirOf(file);
  const modules = [...own.matchAll(/<module>\s*([^<]+?)\s*<\/module>/g)].map((m) => repoPath(dir, m[1] ?? ''));
  const dependencies = /<dependencies>([\s\S]*?)<\/dependencies>/g;
  const dependsOn: ModuleClaim['dependsOn'] = [];
  for (const block of xml.replace(/<dependencyManagement>[\s\S]*?<\/dependencyManagement>/g, (b) => b.replace(/[^\n]/g, ' ')).matchAll(dependencies)) {
    const start = (block.index ?? 0) + '<dependencies>'.length;
    for (const dep of (block[1] ?? '').matchAll(/<artifactId>\s*([^<\s]+)\s*<\/artifactId>/g)) {
      dependsOn.push({ id: `maven:${dep[1] ?? ''}`, evidence: { file, line: lineAt(start + (dep.index ?? 0)), column: 1 } });
    }
  }
  const name = artifact[1] ?? dir;
  claims.modules.push({
    id: `maven:${name}`,
    name,
    dir,
    source: 'maven',
    dependsOn,
    isApp: packaging === 'war' || /spring-boot-maven-plugin|<mainClass>|quarkus-maven-plugin|micronaut-maven-plugin/.test(xml),
    isAggregator: packaging === 'pom' || modules.length > 0,
    evidence: { file, line: lineAt(artifact.index ?? 0), column: 1 },
    ...(version && !version.includes('${') ? { version } : {}),
  });
}
