import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { analyze } from '../../src/run.js';
import { AnalysisResult } from '../../src/result/index.js';
import type { ConfigInput } from '../../src/config/schema.js';
import type { Finding, RuleId, Signal, SystemResult, TeamResult } from '../../src/result/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository root: results report file paths relative to it. */
export const repoRoot = path.resolve(here, '../..');

/** Absolute path of a fixture org, e.g. fixtureDir('architecture/monolith'). */
export function fixtureDir(name: string): string {
  return path.join(repoRoot, 'test/fixtures/orgs', name);
}

/** The fixture's catalog file as the result names it (relative to the repo root, forward slashes). */
export function catalogFile(name: string): string {
  return path.posix.join('test/fixtures/orgs', name, 'catalog.yaml');
}

/**
 * Analyse one fixture org and validate the result against the published schema. Returns the result as
 * the schema parsed it, so a field the schema would drop cannot make a test pass.
 */
export async function analyzeFixture(name: string, config?: ConfigInput): Promise<AnalysisResult> {
  const result = await analyze({ paths: [fixtureDir(name)], cwd: repoRoot, ...(config ? { config } : {}) });
  const parsed = AnalysisResult.safeParse(result);
  if (!parsed.success) throw new Error(`${name}: result does not match the AnalysisResult schema:\n${parsed.error.message}`);
  return parsed.data;
}

/** Fixtures must be read cleanly: no ingest or model error unless a test says otherwise. */
export function expectNoErrorDiagnostics(result: AnalysisResult): void {
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
}

export function systemOf(result: AnalysisResult, name: string): SystemResult {
  const found = result.systems.find((s) => s.ref === `system:default/${name}`);
  if (!found) throw new Error(`no system ${name} in ${result.systems.map((s) => s.ref).join(', ')}`);
  return found;
}

export function teamOf(result: AnalysisResult, name: string): TeamResult {
  const found = result.teams.find((t) => t.ref === `group:default/${name}`);
  if (!found) throw new Error(`no team ${name} in ${result.teams.map((t) => t.ref).join(', ')}`);
  return found;
}

export function signalOf(verdict: { signals: Signal[] }, id: string): Signal {
  const found = verdict.signals.find((s) => s.id === id);
  if (!found) throw new Error(`no signal ${id} in ${verdict.signals.map((s) => s.id).join(', ')}`);
  return found;
}

export function hasSignal(verdict: { signals: Signal[] }, id: string): boolean {
  return verdict.signals.some((s) => s.id === id);
}

export function findingsOf<R extends RuleId>(result: AnalysisResult, ruleId: R): Array<Extract<Finding, { ruleId: R }>> {
  return result.findings.filter((f): f is Extract<Finding, { ruleId: R }> => f.ruleId === ruleId);
}

/** The one finding of a rule about a subject; fails the test when there is none or several. */
export function findingAbout<R extends RuleId>(result: AnalysisResult, ruleId: R, subject: string): Extract<Finding, { ruleId: R }> {
  const found = findingsOf(result, ruleId).filter((f) => f.subject === subject);
  expect(found, `${ruleId} findings about ${subject}`).toHaveLength(1);
  return found[0]!;
}

/**
 * 1-based line where the catalog document of `kind`/`name` starts (its first key), found by reading the
 * file independently of teamfit's own position tracking.
 */
export function documentLine(name: string, kind: string, entityName: string): number {
  const lines = readFileSync(path.join(fixtureDir(name), 'catalog.yaml'), 'utf8').split(/\r?\n/);
  let start = 0;
  const docs: Array<{ start: number; end: number }> = [];
  lines.forEach((line, i) => {
    if (/^---\s*$/.test(line)) {
      docs.push({ start, end: i });
      start = i + 1;
    }
  });
  docs.push({ start, end: lines.length });
  for (const doc of docs) {
    const body = lines.slice(doc.start, doc.end);
    const isKind = body.some((line) => line.trim() === `kind: ${kind}`);
    const isName = body.some((line) => line.trim() === `name: ${entityName}`);
    if (!isKind || !isName) continue;
    const first = body.findIndex((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
    return doc.start + first + 1;
  }
  throw new Error(`no ${kind} ${entityName} in ${name}/catalog.yaml`);
}

/** Every finding must say what to change, link its docs, and point at its subject's catalog document. */
export function expectWellFormedFinding(finding: Finding, fixture: string, kind: string, entityName: string): void {
  expect(finding.recommendation.length).toBeGreaterThan(20);
  expect(finding.docsUrl).toBe(`docs/rules/${finding.ruleId}.md`);
  expect(finding.message).toContain(finding.subject);
  expect(finding.location).toMatchObject({ file: catalogFile(fixture), line: documentLine(fixture, kind, entityName) });
}
