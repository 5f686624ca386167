import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';

const FIXTURE = 'rules/architecture-drift/declared';

describe('architecture-drift', () => {
  it('fires when the declared architecture differs from a determined measurement', async () => {
    const result = await analyzeFixture(FIXTURE);
    const finding = findingAbout(result, 'architecture-drift', 'system:default/ledger');
    expect(finding.severity).toBe('warning');
    expect(finding.evidence).toEqual({ declared: 'microservices', measured: 'monolith', confidence: 0.8, signals: ['deployable-units=1'] });
    expect(finding.message).toMatch(/declared microservices but measures as monolith/);
    expect(finding.recommendation).toMatch(/teamfit\.dev\/architecture/);
    expectWellFormedFinding(finding, FIXTURE, 'System', 'ledger');
  });

  it('does not fire when the declaration matches, nor when the measurement is undetermined', async () => {
    const result = await analyzeFixture(FIXTURE);
    expect(findingsOf(result, 'architecture-drift').map((f) => f.subject)).toEqual(['system:default/ledger']);
    const spamLab = result.systems.find((s) => s.ref === 'system:default/spam-lab');
    expect(spamLab?.architecture).toMatchObject({ label: 'undetermined', declared: 'micro-monolith' });
    const inbox = result.systems.find((s) => s.ref === 'system:default/inbox');
    expect(inbox?.architecture).toMatchObject({ label: 'monolith', declared: 'monolith' });
  });

  it('does not fire for systems that declare nothing', async () => {
    const result = await analyzeFixture('architecture/shared-datastore');
    expect(findingsOf(result, 'architecture-drift')).toEqual([]);
  });
});
