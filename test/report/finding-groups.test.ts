import { describe, expect, it } from 'vitest';
import { analyzeFixture } from '../analyze/helpers.js';
import { groupFindings, groupLine, headlines } from '../../src/report/finding-groups.js';
import type { Finding } from '../../src/result/index.js';
import { sampleResultCopy } from '../fixtures/report/sample-result.js';

const FIXTURE = 'report/finding-groups';

describe('groupFindings', () => {
  it('puts owners that fail for one shared reason in one group, most severe and largest first', async () => {
    const result = await analyzeFixture(FIXTURE);
    const groups = groupFindings(result.findings);
    const first = groups[0];
    expect(first?.ruleId).toBe('missing-owner');
    expect(first?.count).toBe(5);
    expect(first?.cause).toBe('owners point at namespace default; the groups are in namespace acme');
    expect(first?.findings.map((f) => f.subject).sort()).toEqual([
      'component:default/basket', 'component:default/cart', 'component:default/indexer', 'component:default/payment-page', 'component:default/query',
    ]);
    expect(groups[1]).toMatchObject({ ruleId: 'missing-owner', count: 2, cause: 'no spec.owner is set' });
    // A finding with no shared cause is its own group, described by its own message.
    const ghost = groups.find((g) => g.findings.some((f) => f.subject === 'component:default/coupons'));
    expect(ghost?.count).toBe(1);
    expect(ghost?.cause).toBe(ghost?.findings[0]?.message);
    const person = groups.find((g) => g.ruleId === 'person-owns-system');
    expect(person).toMatchObject({ severity: 'warning', count: 2, key: 'person-owns-system:user:default/dana' });
    expect(person && groupLine(person)).toBe('2 × person-owns-system: owned by a person, user:default/dana, not by a team');
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(result.findings.length);
    const order = groups.map((g) => ({ rank: ['error', 'warning', 'info'].indexOf(g.severity), count: g.count }));
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1], order[i]];
      if (a && b) expect(a.rank < b.rank || (a.rank === b.rank && a.count >= b.count)).toBe(true);
    }
  });

  it('keeps findings of rules whose cause is their own subject apart', () => {
    const coupling = findingOf(sampleResultCopy().findings, 'tight-coupling');
    const twin = { ...coupling, subject: 'system:default/other', fingerprint: 'other' };
    expect(groupFindings([coupling, twin]).map((g) => g.count)).toEqual([1, 1]);
  });
});

function findingOf(findings: readonly Finding[], ruleId: Finding['ruleId']): Finding {
  const found = findings.find((f) => f.ruleId === ruleId);
  if (!found) throw new Error(`fixture has no ${ruleId}`);
  return found;
}

describe('headlines', () => {
  it('ranks by severity, then by how many entities one fix reaches, each rule once before any twice', async () => {
    const result = await analyzeFixture(FIXTURE);
    const top = headlines(result, 2);
    expect(top.map((g) => g.ruleId)).toEqual(['missing-owner', 'missing-owner']);
    expect(top[0]?.count).toBe(5);
    const all = headlines(result, 100);
    expect(all).toHaveLength(groupFindings(result.findings).length);
    expect(all.at(-1)?.severity).toBe('warning');
  });

  it("gives each rule's best cause a place before a second cause of the same rule", async () => {
    const result = await analyzeFixture(FIXTURE);
    const devops = findingOf(sampleResultCopy().findings, 'devops-team-owns-system');
    const top = headlines({ ...result, findings: [...result.findings, devops] }, 2);
    expect(top.map((g) => g.ruleId)).toEqual(['missing-owner', 'devops-team-owns-system']);
    expect(top[0]?.count).toBe(5);
  });

  it('puts a cause with findings new against the baseline before a larger known one', async () => {
    const result = await analyzeFixture(FIXTURE);
    const marked = result.findings.map((f): Finding => ({ ...f, baseline: f.subject === 'component:default/coupons' ? 'new' : 'unchanged' }));
    const top = headlines({ ...result, findings: marked }, 1);
    expect(top[0]?.findings.map((f) => f.subject)).toEqual(['component:default/coupons']);
  });
});
