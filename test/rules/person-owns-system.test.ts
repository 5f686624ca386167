import { describe, expect, it } from 'vitest';
import { analyzeFixture, expectWellFormedFinding, findingAbout, findingsOf } from '../analyze/helpers.js';

const FIXTURE = 'rules/person-owns-system/person';

describe('person-owns-system', () => {
  it('fires for a system and a service owned by a user', async () => {
    const result = await analyzeFixture(FIXTURE);
    const system = findingAbout(result, 'person-owns-system', 'system:default/expenses');
    expect(system.severity).toBe('warning');
    expect(system.evidence).toEqual({ owner: 'user:default/zoe', memberOf: ['group:default/finance-tools'] });
    expect(system.recommendation).toMatch(/team/);
    expectWellFormedFinding(system, FIXTURE, 'System', 'expenses');
    const service = findingAbout(result, 'person-owns-system', 'component:default/expense-api');
    expectWellFormedFinding(service, FIXTURE, 'Component', 'expense-api');
  });

  it('does not fire for a library owned by a user, nor for a website owned by a team', async () => {
    const result = await analyzeFixture(FIXTURE);
    const subjects = findingsOf(result, 'person-owns-system').map((f) => f.subject);
    expect(subjects).not.toContain('component:default/receipt-parser');
    expect(subjects).not.toContain('component:default/expense-reports');
    expect(subjects).toHaveLength(2);
    // A user is a valid owner: not a missing owner either.
    expect(findingsOf(result, 'missing-owner')).toEqual([]);
  });
});
