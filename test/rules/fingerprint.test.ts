import { describe, expect, it } from 'vitest';
import type { FindingOf } from '../../src/result/index.js';
import { fingerprintOf } from '../../src/rules/fingerprint.js';
import { sampleResultCopy } from '../fixtures/report/sample-result.js';

const cycle = (members: string[]): Pick<FindingOf<'dependency-cycle'>, 'ruleId' | 'subject' | 'evidence'> => ({
  ruleId: 'dependency-cycle',
  subject: 'component:default/a',
  evidence: { length: members.length, cycle: members, edges: [], systems: [] },
});

describe('finding fingerprints', () => {
  it('the sample result carries the fingerprints its findings compute to', () => {
    for (const finding of sampleResultCopy().findings) expect(finding.fingerprint).toBe(fingerprintOf(finding));
  });

  it('are sha256 hex, and differ between rules, subjects and key evidence', () => {
    const [first, second] = sampleResultCopy().findings;
    expect(fingerprintOf(first!)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf(first!)).not.toBe(fingerprintOf(second!));
    expect(fingerprintOf({ ...first!, subject: 'component:default/other' })).not.toBe(fingerprintOf(first!));
  });

  it('ignore wording, counts and confidence', () => {
    const result = sampleResultCopy();
    const shared = result.findings.find((finding): finding is FindingOf<'shared-resource'> => finding.ruleId === 'shared-resource')!;
    const before = fingerprintOf(shared);
    shared.message = 'Reworded.';
    shared.evidence.dependents.push({ component: 'component:default/new-user', team: 'group:default/platform' });
    shared.evidence.teams.reverse();
    expect(fingerprintOf(shared)).toBe(before);
    shared.evidence.teams.push('group:default/payments-team');
    expect(fingerprintOf(shared)).not.toBe(before);

    const coupling = result.findings.find((finding): finding is FindingOf<'tight-coupling'> => finding.ruleId === 'tight-coupling')!;
    const coupled = fingerprintOf(coupling);
    coupling.evidence.confidence = 0.9;
    coupling.evidence.couplings = [];
    expect(fingerprintOf(coupling)).toBe(coupled);
  });

  it('a dependency cycle is the same cycle in any order of its members, and another with another member', () => {
    const abc = fingerprintOf(cycle(['component:default/a', 'component:default/b', 'component:default/c']));
    expect(fingerprintOf(cycle(['component:default/a', 'component:default/c', 'component:default/b']))).toBe(abc);
    expect(fingerprintOf(cycle(['component:default/a', 'component:default/b']))).not.toBe(abc);
  });
});
