import { resolve } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { FINGERPRINT_KEY } from '../../src/report/sarif.js';
import { RULE_IDS } from '../../src/rules/meta.js';
import { analyze } from '../../src/run.js';
import { sampleResultCopy } from '../fixtures/report/sample-result.js';
import { sarifErrors } from './sarif-schema.js';

const ROOT = resolve(import.meta.dirname, '../..');

async function sarifOf(result = sampleResultCopy()): Promise<Log> {
  return JSON.parse(await renderReport(result, 'sarif', { color: false })) as Log;
}

describe('SARIF report', () => {
  it('is valid against the SARIF 2.1.0 schema', async () => {
    expect(sarifErrors(await sarifOf())).toEqual([]);
  });

  it('the schema check does catch a broken log', async () => {
    const log = await sarifOf();
    log.runs[0]!.results![0]!.level = 'fatal' as 'error';
    expect(sarifErrors(log)).not.toEqual([]);
  });

  it('a real analysis (with diagnostics and a baseline) is valid too', async () => {
    const result = await analyze({ paths: ['test/fixtures/baseline/after'], cwd: ROOT });
    const [first] = result.findings;
    const marked = { ...result, findings: result.findings.map((finding) => ({ ...finding, baseline: finding === first ? ('new' as const) : ('unchanged' as const) })) };
    const log = await sarifOf(marked);
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.length).toBe(result.diagnostics.length);
    expect(log.runs[0]?.results?.map((r) => r.baselineState)).toEqual(marked.findings.map((finding) => finding.baseline));
  });

  it('describes every rule in tool.driver, and each result points at its rule', async () => {
    const run = (await sarifOf()).runs[0]!;
    const rules = run.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual(RULE_IDS);
    expect(rules.find((rule) => rule.id === 'shared-resource')).toMatchObject({
      name: 'SharedResource',
      shortDescription: { text: 'A data-holding resource is shared across teams' },
      helpUri: 'https://unpkg.com/teamfit@0.1.0/docs/rules/shared-resource.md',
      defaultConfiguration: { level: 'warning' },
    });
    for (const result of run.results ?? []) expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    expect(run.tool.driver).toMatchObject({ name: 'teamfit', version: '0.1.0' });
  });

  it('a result carries level, message and fix, the catalog location, the fingerprint, subject and evidence', async () => {
    const sample = sampleResultCopy();
    const finding = sample.findings.find((f) => f.ruleId === 'missing-owner')!;
    const result = (await sarifOf(sample)).runs[0]?.results?.find((r) => r.ruleId === 'missing-owner');
    expect(result).toEqual({
      ruleId: 'missing-owner',
      ruleIndex: RULE_IDS.indexOf('missing-owner'),
      level: 'error',
      message: { text: `${finding.message} ${finding.recommendation}` },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: 'catalog/orphan.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1 } },
          logicalLocations: [{ fullyQualifiedName: 'component:default/orphan', kind: 'entity' }],
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
      properties: { subject: finding.subject, evidence: finding.evidence },
    });
  });

  it('info is a note; diagnostics become tool execution notifications', async () => {
    const run = (await sarifOf()).runs[0]!;
    expect(run.results?.find((r) => r.ruleId === 'architecture-drift')?.level).toBe('note');
    expect(run.invocations?.[0]?.toolExecutionNotifications?.[0]).toEqual({
      level: 'warning',
      message: { text: 'Kind Template is not read.' },
      descriptor: { id: 'unknown-kind' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'catalog/template.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1 } } }],
    });
  });

  it('encodes odd file names as URIs, POSIX-style, and strips control sequences from text', async () => {
    const sample = sampleResultCopy();
    const finding = sample.findings[0]!;
    finding.location = { file: 'teams\\a b#1.yaml', line: 2, column: 3 };
    finding.message = 'evil \u001b]0;pwned\u0007 name';
    const result = (await sarifOf(sample)).runs[0]?.results?.[0];
    expect(result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('teams/a%20b%231.yaml');
    expect(result?.message.text).not.toContain('\u001b');
    expect(sarifErrors(await sarifOf(sample))).toEqual([]);
  });
});

describe('SARIF locations', () => {
  it('point at the line of the field that causes the finding, not the entity’s first line', async () => {
    const fixture = 'test/fixtures/orgs/report/finding-groups';
    const result = await analyze({ paths: [fixture], cwd: ROOT });
    const lines = (await import('node:fs')).readFileSync(resolve(ROOT, fixture, 'catalog.yaml'), 'utf8').split('\n');
    const log = await sarifOf(result);
    const at = (subject: string, ruleId: string) => {
      const found = log.runs[0]?.results?.find((r) => r.ruleId === ruleId && r.locations?.[0]?.logicalLocations?.[0]?.fullyQualifiedName === subject);
      const line = found?.locations?.[0]?.physicalLocation?.region?.startLine ?? 0;
      return lines[line - 1]?.trim();
    };
    expect(at('component:default/cart', 'missing-owner')).toBe('owner: checkout-team');
    expect(at('component:default/coupons', 'missing-owner')).toBe('owner: ghost-team');
    expect(at('system:default/search', 'person-owns-system')).toBe('owner: user:dana');
    // No owner written: the annotation goes where it belongs, in spec.
    expect(at('component:default/ranker', 'missing-owner')).toBe('type: service');
    const finding = result.findings.find((f) => f.subject === 'component:default/cart');
    expect(finding?.field).toMatchObject({ entity: 'component:default/cart', path: 'spec.owner', file: `${fixture}/catalog.yaml` });
    expect(finding?.field?.line).toBeGreaterThan(finding?.location?.line ?? Infinity);
  });
});
