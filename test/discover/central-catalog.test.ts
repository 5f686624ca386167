import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/run.js';
import { TestRepo } from './git-repo.js';

const compose = ['services:', '  orders:', '    build: ./orders', '  users:', '    build: ./users', ''].join('\n');
const central = [
  'apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: orders-team\nspec:\n  type: team\n  children: []\n',
  'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: order-api\n  annotations:\n    backstage.io/source-location: url:https://github.com/acme/shop/tree/main/orders/\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/orders-team\n',
  // Another repository's component that happens to share a unit's name and folder.
  'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: users\n  annotations:\n    backstage.io/source-location: url:https://github.com/acme/accounts/tree/main/users/\nspec:\n  type: service\n  lifecycle: production\n  owner: group:default/orders-team\n',
  // Owned by a team the catalog never declares: a dangling owner to report.
  'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: legacy-billing\n  annotations:\n    github.com/project-slug: acme/billing\nspec:\n  type: service\n  lifecycle: production\n  owner: platform\n',
].join('---\n');

function workspace(): { dir: string; shop: TestRepo; tools: TestRepo } {
  const shop = new TestRepo('shop').commit('initial', { 'orders/Dockerfile': 'FROM node:20\n', 'users/Dockerfile': 'FROM node:20\n', 'compose.yaml': compose, 'CODEOWNERS': '* @acme/platform\n' });
  shop.git('remote', 'add', 'origin', 'git@github.com:acme/shop.git');
  const tools = new TestRepo('tools').commit('initial', { 'go.mod': 'module example.com/tools\n', 'main.go': 'package main\n', 'CODEOWNERS': '* @acme/platform\n' });
  const dir = join(shop.dir, '..', 'org');
  mkdirSync(join(dir, 'catalog'), { recursive: true });
  writeFileSync(join(dir, 'catalog', 'all.yaml'), central);
  return { dir, shop, tools };
}

describe('--discover beside a central catalog', () => {
  it('matches a repository to the components naming its remote, before names; a component of another repository never matches', async () => {
    const { dir, shop } = workspace();
    const result = await analyze({ paths: [join(dir, 'catalog'), shop.dir], cwd: dir, discover: true });
    const section = result.discovery?.find((s) => s.root.endsWith('shop'));
    expect(section?.matchedCatalog).toBe(true);
    expect(section?.units.map((u) => u.ref)).toEqual(['component:default/order-api', 'component:default/users']);
    // Nothing was added twice: the catalog's component stands for the discovered unit.
    expect(result.model.entities.filter((e) => e.kind === 'component').map((e) => e.ref).sort()).toEqual(['component:default/legacy-billing', 'component:default/order-api', 'component:default/users']);
  });

  it("keeps a CODEOWNERS placeholder team to its own repository: the catalog's dangling owner of the same name stays dangling", async () => {
    const { dir, tools } = workspace();
    const result = await analyze({ paths: [join(dir, 'catalog'), tools.dir], cwd: dir, discover: true });
    const legacy = result.model.entities.find((e) => e.ref === 'component:default/legacy-billing');
    expect(legacy?.unresolved).toEqual([expect.objectContaining({ field: 'spec.owner', reason: 'not-found' })]);
    const tool = result.model.entities.find((e) => e.ref === 'component:default/tools');
    expect(result.model.relations.filter((r) => r.type === 'ownedBy' && r.source === tool?.ref).map((r) => r.target)).toEqual(['group:default/platform-tools']);
  });
});
