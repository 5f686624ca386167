import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingsOf } from '../analyze/helpers.js';

const FIXTURE = 'fit/microservices-handoff';

describe('ops-handoff', () => {
  it('fires once per building team when microservices are run by another team', async () => {
    const result = await analyzeFixture(FIXTURE);
    const findings = findingsOf(result, 'ops-handoff');
    expect(findings.map((f) => f.evidence.builtBy)).toEqual(['group:default/plans-devs', 'group:default/usage-devs']);
    for (const finding of findings) {
      expect(finding.subject).toBe('system:default/mobile-plans');
      expect(finding.severity).toBe('warning');
      expect(finding.evidence.operatedBy).toEqual(['group:default/central-ops']);
      expect(finding.evidence.declaredAt).toBe('teamfit.dev/operated-by on system:default/mobile-plans');
      expect(finding.recommendation).toMatch(/cross-functional/);
      expectWellFormedFinding(finding, FIXTURE, 'System', 'mobile-plans');
    }
    expect(findings[0]?.evidence.components).toEqual(['component:default/plan-catalogue']);
    expect(findings[1]?.evidence.components).toEqual(['component:default/usage-meter']);
  });

  it('does not fire for a monolith handed to an SRE team (that is the model\'s fit for a monolith)', async () => {
    const result = await analyzeFixture('fit/monolith-sre');
    expect(result.systems[0]?.architecture.label).toBe('monolith');
    expect(findingsOf(result, 'ops-handoff')).toEqual([]);
  });

  it('does not fire for microservices whose owners run them', async () => {
    const result = await analyzeFixture('fit/microservices-cross-functional');
    expect(findingsOf(result, 'ops-handoff')).toEqual([]);
  });
});
