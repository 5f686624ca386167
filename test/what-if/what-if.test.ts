import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WhatIfResult } from '../../src/result/index.js';
import { parsePlan, whatIf } from '../../src/what-if/index.js';
import { FixtureRepo } from '../git/fixture-repo.js';

const user = (name: string, team: string) => `apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: ${name} }
spec: { profile: { email: ${name}@acme.test }, memberOf: [${team}] }
`;
const group = (name: string, title: string) => `apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: ${name}, title: ${title} }
spec: { type: team, children: [] }
`;
const service = (name: string) => `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: ${name}
  annotations: { backstage.io/source-location: 'url:https://github.com/acme/shop/tree/main/${name}/' }
spec: { type: service, lifecycle: production, owner: devops-team, system: shop }
`;

/**
 * By construction: a DevOps team owns a system whose two services two development teams build. Handing
 * each service to its builders is the change the model recommends.
 */
function devopsOrganisation(): { dir: string; repos: string } {
  const dir = mkdtempSync(join(tmpdir(), 'teamfit-what-if-'));
  const catalog = [
    group('devops-team', 'DevOps Team'),
    group('alpha-team', 'Alpha'),
    group('beta-team', 'Beta'),
    user('olga', 'devops-team'),
    user('alice', 'alpha-team'),
    user('ann', 'alpha-team'),
    user('bob', 'beta-team'),
    user('ben', 'beta-team'),
    `apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata: { name: shop }\nspec: { owner: devops-team }\n`,
    service('alpha-svc'),
    service('beta-svc'),
  ].join('---\n');
  writeFileSync(join(dir, 'catalog.yaml'), catalog);
  const repos = join(dir, 'repos');
  execFileSync('mkdir', ['-p', join(repos, 'shop')]);
  const repo = new FixtureRepo(join(repos, 'shop'));
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/shop.git');
  for (let day = 1; day <= 12; day++) {
    const date = `2026-05-${String(day).padStart(2, '0')}`;
    const [a, b] = day % 2 === 0 ? ['alice', 'bob'] : ['ann', 'ben'];
    repo.commit({ name: a, email: `${a}@acme.test` }, date, { [`alpha-svc/src/file${day}.ts`]: `${day}` });
    repo.commit({ name: b, email: `${b}@acme.test` }, date, { [`beta-svc/src/file${day}.ts`]: `${day}` });
  }
  return { dir, repos };
}

async function run(dir: string, repos: string, plan: string): Promise<WhatIfResult> {
  const { result } = await whatIf(parsePlan(plan, 'plan.yaml'), { paths: [dir], cwd: dir, history: { reposDir: repos, now: new Date('2026-12-04T00:00:00Z') } });
  return WhatIfResult.parse(result);
}

describe('what-if on an organisation built so the right answer is known', { timeout: 60_000 }, () => {
  let org: { dir: string; repos: string };
  beforeAll(() => {
    org = devopsOrganisation();
  }, 120_000);

  it('handing the services to their builders removes the DevOps-team findings and raises congruence', async () => {
    const result = await run(org.dir, org.repos, 'changes:\n  - { move: component:alpha-svc, to: alpha-team }\n  - { move: [component:beta-svc], to: beta-team }\n  - { move: system:shop, to: alpha-team }\n');
    expect(result.findings.disappear.filter((f) => f.ruleId === 'devops-team-owns-system').length).toBeGreaterThan(0);
    expect([...result.findings.appear, ...result.findings.changed].map((f) => f.ruleId)).not.toContain('devops-team-owns-system');
    const { before, after } = result.measures;
    expect(before.coordination.basis).toBe('ownership-and-authorship');
    expect(after.coordination.congruence ?? 0).toBeGreaterThan(before.coordination.congruence ?? 1);
    expect(result.moves.find((m) => m.ref === 'component:default/alpha-svc')).toEqual({ ref: 'component:default/alpha-svc', from: 'group:default/devops-team', to: 'group:default/alpha-team', revisions: 12, knowledgeLoss: 0 });
  });

  it('moving a service to a team that never changed it shows the knowledge left behind', async () => {
    const result = await run(org.dir, org.repos, 'changes:\n  - { move: component:alpha-svc, to: beta-team }\n');
    expect(result.moves).toEqual([{ ref: 'component:default/alpha-svc', from: 'group:default/devops-team', to: 'group:default/beta-team', revisions: 12, knowledgeLoss: 1 }]);
  });

  it('a plan that changes nothing gives identical before and after', async () => {
    const result = await run(org.dir, org.repos, 'changes: []\n');
    expect(result.systems.every((s) => !s.changed) && result.teams.every((t) => !t.changed)).toBe(true);
    expect(result.findings.disappear).toEqual([]);
    expect(result.findings.appear).toEqual([]);
    expect(result.findings.changed).toEqual([]);
    expect(result.measures.after).toEqual(result.measures.before);
  });

  it('merging the two development teams keeps their members and what they own', async () => {
    const result = await run(org.dir, org.repos, 'changes:\n  - { merge: [alpha-team, beta-team], into: group:builders }\n  - { move: [component:alpha-svc, component:beta-svc, system:shop], to: builders }\n');
    const builders = result.teams.find((t) => t.ref === 'group:default/builders');
    expect(builders?.before).toBeUndefined();
    expect(builders?.after?.members).toBe(4);
    expect(builders?.after?.owns).toBe(3);
    expect(result.teams.find((t) => t.ref === 'group:default/alpha-team')?.after).toBeUndefined();
    expect(result.moves.filter((m) => m.ref.startsWith('component:')).map((m) => m.knowledgeLoss)).toEqual([0, 0]);
  });

  it('names the plan line of an entity the organisation does not have', async () => {
    await expect(run(org.dir, org.repos, 'changes:\n  - { move: component:alpha-svx, to: alpha-team }\n')).rejects.toThrow('plan.yaml:2:13: no component:default/alpha-svx in the organisation (did you mean component:default/alpha-svc?)');
    await expect(run(org.dir, org.repos, 'changes:\n  - { move: component:alpha-svc, to: user:alice }\n')).rejects.toThrow('plan.yaml:2:38: user:default/alice is a user; expected group');
  });
});
