import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../src/result/index.js';
import { analyze } from '../../src/run.js';
import { runTeamfit } from '../cli/run-teamfit.js';
import { TestRepo } from './git-repo.js';

function shop(): TestRepo {
  return new TestRepo('shop').commit('initial', {
    '.github/CODEOWNERS': '* @acme/platform\n/orders/ @acme/orders-team\n',
    'orders/Dockerfile': 'FROM node:20\n',
    'users/Dockerfile': 'FROM node:20\n',
    'compose.yaml': [
      'services:',
      '  orders:',
      '    build: ./orders',
      '    environment: [ "DB=postgres://u@db/shop", "USERS_URL=http://users:8080" ]',
      '  users:',
      '    build: ./users',
      '    environment: [ "DB=postgres://u@db/shop" ]',
      '  db:',
      '    image: postgres:16',
      '',
    ].join('\n'),
  });
}

const summary = (result: AnalysisResult) => ({
  components: result.model.entities.filter((e) => e.kind === 'component').map((e) => e.ref).sort(),
  resources: result.model.entities.filter((e) => e.kind === 'resource').map((e) => e.ref).sort(),
  dependsOn: result.model.relations.filter((r) => r.type === 'dependsOn').map((r) => `${r.source}->${r.target}`).sort(),
  owners: result.model.relations.filter((r) => r.type === 'ownedBy').map((r) => `${r.source}->${r.target}`).sort(),
  verdicts: result.systems.map((s) => `${s.ref} ${s.architecture.label}`),
});

describe('teamfit init', () => {
  it('writes a catalog that analyze reads back to the same units, dependencies, owners and verdict', async () => {
    const repo = shop();
    const discovered = await analyze({ paths: ['.'], cwd: repo.dir });
    const init = await runTeamfit(['init', '.'], { cwd: repo.dir });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('wrote catalog-info.yaml: 2 units, 0 libraries, 1 resources\n');
    const yaml = await readFile(join(repo.dir, 'catalog-info.yaml'), 'utf8');
    expect(yaml).toContain('owner: group:default/orders-team');
    expect(yaml).toContain('owner: group:default/platform');
    expect(yaml).toContain('backstage.io/source-location: dir:./orders/');
    expect(yaml).toContain('# from compose.yaml:2');

    const analysed = await runTeamfit(['analyze', '.', '--format', 'json', '--fail-on', 'none'], { cwd: repo.dir });
    expect(analysed.code).toBe(0);
    const result = AnalysisResult.parse(JSON.parse(analysed.stdout));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.discovery).toBeUndefined();
    expect(summary(result)).toEqual(summary(discovered));
  });

  it('marks placeholder owners with a TODO comment', async () => {
    const repo = new TestRepo('tool').commit('initial', { 'go.mod': 'module example.com/tool\n', 'main.go': 'package main\n' });
    const init = await runTeamfit(['init', '.', '--output', '-', '--no-history'], { cwd: repo.dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('owner: group:default/todo-owner # TODO: replace with the owning team');
    expect(init.stdout).toContain('name: todo-owner');
  });

  it('refuses to overwrite a catalog, and to describe a directory with nothing in it', async () => {
    const repo = shop();
    expect((await runTeamfit(['init', '.'], { cwd: repo.dir })).code).toBe(0);
    const again = await runTeamfit(['init', '.'], { cwd: repo.dir });
    expect([again.code, again.stderr.trim()]).toEqual([2, 'teamfit: catalog-info.yaml exists; use --force to overwrite it or --output to write elsewhere']);
    const empty = new TestRepo('empty').commit('initial', { 'notes.txt': 'hello\n' });
    const none = await runTeamfit(['init', '.'], { cwd: empty.dir });
    expect(none.code).toBe(2);
  });
});

describe('discovery beside a catalog', () => {
  it('matches discovered units to catalog entities instead of adding them, and reports what the catalog lacks', async () => {
    const repo = shop().commit('catalog', {
      'catalog-info.yaml': [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        '  name: order-service',
        '  annotations: { backstage.io/source-location: "dir:./orders/" }',
        'spec: { type: service, lifecycle: production, owner: group:default/orders-team, system: shop }',
        '---',
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata: { name: users }',
        'spec: { type: service, lifecycle: production, owner: group:default/orders-team, system: shop }',
        '',
      ].join('\n'),
    });
    const result = await analyze({ paths: ['.'], cwd: repo.dir, discover: true });
    expect(result.model.entities.filter((e) => e.kind === 'component').map((e) => e.ref)).toEqual(['component:default/order-service', 'component:default/users']);
    const [section] = result.discovery ?? [];
    expect(section?.matchedCatalog).toBe(true);
    expect(section?.system).toBe('system:default/shop');
    expect(section?.units.map((u) => u.ref)).toEqual(['component:default/order-service', 'component:default/users']);
    expect(section?.coupling.find((c) => c.kind === 'shared-datastore')?.units).toEqual(['component:default/order-service', 'component:default/users']);
    expect(result.diagnostics.filter((d) => d.code === 'discover-undeclared-dependency').map((d) => d.message)).toEqual([
      'component:default/order-service -> component:default/users is in the manifests (compose.yaml:4) but not in the catalog\'s dependsOn',
    ]);
  });
});
