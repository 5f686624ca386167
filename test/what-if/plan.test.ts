import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/what-if/index.js';

const problem = (text: string): string => {
  try {
    parsePlan(text, 'plan.yaml');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('the plan was accepted');
};

describe('change plan file', () => {
  it('reads every kind of change', () => {
    const { plan } = parsePlan(
      [
        'title: t',
        'changes:',
        '  - { move: component:a, to: group:b }',
        '  - { merge: [group:a, group:b], into: group:c }',
        '  - split: group:a',
        '    into: [{ name: group:a1, members: [user:x] }, { name: group:a2, owns: [component:y] }]',
        '  - { structure: group:a, declared: sre }',
        '  - { role: [user:x], is: ops }',
        '  - { operate: system:s, by: null }',
        '  - { consolidate: system:s }',
        '  - { cut: { from: component:a, to: resource:db }, why: one database each }',
      ].join('\n'),
      'plan.yaml',
    );
    expect(plan.changes).toHaveLength(8);
    expect(plan.changes[2]).toEqual({ split: 'group:a', into: [{ name: 'group:a1', members: ['user:x'], owns: [] }, { name: 'group:a2', members: [], owns: ['component:y'] }] });
  });

  it('names the line and column of a change that has no action', () => {
    expect(problem('changes:\n  - { shift: component:a, to: group:b }\n')).toMatch(/^plan\.yaml:2:5: changes\[0\]: expected exactly one of the keys move, merge, split, structure, role, operate, consolidate, cut \(found none\)/);
  });

  it('names the field that is wrong in the change that was meant', () => {
    expect(problem('changes:\n  - move: component:a\n    to: 3\n')).toBe('plan.yaml:3:9: changes[0].to: expected a string, got 3');
    expect(problem('changes:\n  - structure: group:a\n    declared: devs\n')).toMatch(/^plan\.yaml:3:15: changes\[0\]\.declared: expected one of sre, cross-functional/);
  });

  it('refuses an unknown key inside a change', () => {
    expect(problem('changes:\n  - move: component:a\n    to: group:b\n    when: tomorrow\n')).toMatch(/^plan\.yaml:4:5: changes\[0\]\.when: unknown key/);
  });

  it('refuses YAML that does not parse, with its position', () => {
    expect(problem('changes: [\n')).toMatch(/^plan\.yaml:\d+:\d+: /);
  });
});
