import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, whatIf } from '../../src/what-if/index.js';
import { FixtureRepo } from '../git/fixture-repo.js';

const NOW = new Date('2026-12-04T00:00:00Z');
const entity = (kind: string, name: string, spec: string, extra = '') => `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata: { name: ${name}${extra} }\nspec: ${spec}\n`;
const group = (name: string, slug?: string) => entity('Group', name, '{ type: team, children: [] }', slug ? `, annotations: { github.com/team-slug: ${slug} }` : '');
const service = (name: string, path: string) =>
  entity('Component', name, '{ type: service, lifecycle: production, owner: devops-team, system: shop }', `, annotations: { backstage.io/source-location: 'url:https://github.com/acme/shop/tree/main/${path}/' }`);

const CODEOWNERS = `# who reviews what
*                 @acme/platform
/alpha-svc/       @acme/devops @olga   # the DevOps team and its lead
/beta-svc/        @acme/devops
/services/        @acme/devops
`;

/** A monorepo holding its catalog and CODEOWNERS; the DevOps team (@acme/devops) owns and reviews four services. */
function monorepo(): string {
  const repo = new FixtureRepo(mkdtempSync(join(tmpdir(), 'teamfit-codeowners-patch-')));
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/shop.git');
  const catalog = [
    group('devops-team', 'acme/devops'),
    group('alpha-team', 'acme/alpha'),
    group('beta-team'),
    group('platform-team', 'acme/platform'),
    entity('User', 'olga', '{ profile: { email: olga@acme.test }, memberOf: [devops-team] }'),
    entity('User', 'alice', '{ profile: { email: alice@acme.test }, memberOf: [alpha-team] }'),
    entity('System', 'shop', '{ owner: devops-team }'),
    service('alpha-svc', 'alpha-svc'),
    service('beta-svc', 'beta-svc'),
    service('gamma-svc', 'services/gamma'),
    service('delta-svc', 'services/delta'),
  ].join('---\n');
  repo.commit({ name: 'olga', email: 'olga@acme.test' }, '2026-05-01', { 'catalog.yaml': catalog, '.github/CODEOWNERS': CODEOWNERS });
  for (let day = 2; day <= 6; day++) {
    const files = Object.fromEntries(['alpha-svc', 'beta-svc', 'services/gamma', 'services/delta'].map((path) => [`${path}/src/f${day}.ts`, `${day}`]));
    repo.commit({ name: 'alice', email: 'alice@acme.test' }, `2026-05-0${day}`, files);
  }
  return repo.path;
}

async function patchOf(dir: string, plan: string): Promise<string> {
  const { patch } = await whatIf(parsePlan(plan, 'plan.yaml'), { paths: [join(dir, 'catalog.yaml')], cwd: dir, history: { repos: ['.'], now: NOW } });
  return (await patch()).diff;
}

describe('--emit-patch rewrites CODEOWNERS for moved components', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = monorepo();
  }, 120_000);

  it('gives the moved folder to the new team, appends a rule for a folder under a shared one, says when no handle is known, and git applies it', async () => {
    const diff = await patchOf(dir, 'changes:\n  - { move: [component:alpha-svc, component:gamma-svc], to: alpha-team }\n  - { move: component:beta-svc, to: beta-team }\n');
    expect(diff).toContain('# teamfit: component:default/beta-svc: .github/CODEOWNERS:4 names group:default/devops-team; no CODEOWNERS handle is known for group:default/beta-team');
    expect(diff).toContain('--- a/.github/CODEOWNERS\n+++ b/.github/CODEOWNERS\n');
    expect(diff).toContain('-spec: { type: service, lifecycle: production, owner: devops-team, system: shop }\n+spec: { type: service, lifecycle: production, owner: alpha-team, system: shop }\n');
    writeFileSync(join(dir, 'plan.patch'), diff);
    execFileSync('git', ['apply', '--check', 'plan.patch'], { cwd: dir });
    execFileSync('git', ['apply', 'plan.patch'], { cwd: dir });
    const after = readFileSync(join(dir, '.github/CODEOWNERS'), 'utf8');
    // In place where the rule is the component's own; a new last rule where the rule covers another one (delta-svc stays).
    expect(after).toBe(`# who reviews what
*                 @acme/platform
/alpha-svc/ @acme/alpha @olga   # the DevOps team and its lead
/beta-svc/        @acme/devops
/services/        @acme/devops
/services/gamma/ @acme/alpha
`);
    execFileSync('git', ['checkout', '--', '.'], { cwd: dir });
  });

  it('a rule over a parent folder is left for what else it covers: each moved folder gets its own last rule', async () => {
    const diff = await patchOf(dir, 'changes:\n  - { move: [component:gamma-svc, component:delta-svc], to: alpha-team }\n');
    expect(diff).toContain(' /services/        @acme/devops\n+/services/delta/ @acme/alpha\n+/services/gamma/ @acme/alpha\n');
    writeFileSync(join(dir, 'plan.patch'), diff);
    execFileSync('git', ['apply', '--check', 'plan.patch'], { cwd: dir });
  });
});
