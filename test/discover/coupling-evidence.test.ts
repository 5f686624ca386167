import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import type { ArtifactCoupling } from '../../src/result/index.js';
import { analyze } from '../../src/run.js';
import { TestRepo } from './git-repo.js';

const of = <K extends ArtifactCoupling['kind']>(evidence: readonly ArtifactCoupling[], kind: K) =>
  evidence.filter((e): e is Extract<ArtifactCoupling, { kind: K }> => e.kind === kind);

function composeRepo(name: string, services: Record<string, { dir: string; env: string[] }>, extra: Record<string, string> = {}): TestRepo {
  const files: Record<string, string> = { ...extra };
  const lines = ['services:'];
  for (const [service, { dir, env }] of Object.entries(services)) {
    files[`${dir}/Dockerfile`] = 'FROM golang:1.22\n';
    files[`${dir}/main.go`] = 'package main\n';
    lines.push(`  ${service}:`, `    build: ./${dir}`, '    environment:', ...env.map((e) => `      - ${e}`));
  }
  lines.push('  db:', '    image: postgres:16', '');
  return new TestRepo(name).commit('initial', { ...files, 'compose.yaml': lines.join('\n') });
}

describe('a database server is not a database', () => {
  it('services naming their own database on one server share no data', async () => {
    const repo = composeRepo('server', {
      orders: { dir: 'orders', env: ['DB=postgres://app@db:5432/orders'] },
      catalog: { dir: 'catalog', env: ['DB=postgres://app@db:5432/catalog'] },
    });
    const [shared] = of((await discoverRepository(repo.dir, { cwd: repo.dir })).evidence, 'shared-datastore');
    expect(shared).toMatchObject({ datastore: 'resource:default/db', coupled: false });
    expect(shared?.evidence).toContain('every user names a database of its own on this server');
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    const system = result.systems[0];
    expect(system?.architecture.signals.find((s) => s.id === 'shared-datastore')).toMatchObject({ value: 0, pushes: 'none' });
    expect(system?.architecture.label).not.toBe('micro-monolith');
  });

  it('an API and its worker using one database are one bounded context, not a coupling', async () => {
    const repo = composeRepo('context', {
      'orders-api': { dir: 'orders-api', env: ['DB=postgres://app@db:5432/orders'] },
      'orders-worker': { dir: 'orders-worker', env: ['DB=postgres://app@db:5432/orders'] },
      'catalog-api': { dir: 'catalog-api', env: ['DB=postgres://app@db:5432/catalog'] },
    });
    const [shared] = of((await discoverRepository(repo.dir, { cwd: repo.dir })).evidence, 'shared-datastore');
    expect(shared?.coupled).toBe(false);
    expect(shared?.evidence).toContain('orders-api and orders-worker: one bounded context (order), one service in 2 processes');
  });

  it('units of different bounded contexts in one database on the server are coupled', async () => {
    const repo = composeRepo('shared', {
      orders: { dir: 'orders', env: ['DB=postgres://app@db:5432/shop'] },
      catalog: { dir: 'catalog', env: ['DB=postgres://app@db:5432/shop'] },
    });
    const [shared] = of((await discoverRepository(repo.dir, { cwd: repo.dir })).evidence, 'shared-datastore');
    expect(shared?.coupled).toBe(true);
  });
});

describe('start order is not data use', () => {
  it('units that only depend_on a database do not share its data; one that also connects to it uses it', async () => {
    const service = (name: string, extra: string[]) => [`  ${name}:`, `    build: ./${name}`, '    depends_on: [db]', ...extra];
    const compose = ['services:', ...service('orders', []), ...service('catalog', []), '  db:', '    image: postgres:16', ''].join('\n');
    const files = { 'orders/Dockerfile': 'FROM golang:1.22\n', 'orders/main.go': 'package main\n', 'catalog/Dockerfile': 'FROM golang:1.22\n', 'catalog/main.go': 'package main\n' };
    const ordered = new TestRepo('ordered').commit('initial', { ...files, 'compose.yaml': compose });
    const [shared] = of((await discoverRepository(ordered.dir, { cwd: ordered.dir })).evidence, 'shared-datastore');
    expect(shared).toMatchObject({ datastore: 'resource:default/db', coupled: false });
    expect(shared?.evidence).toEqual(['orders, catalog only start after it (depends_on): start order, not data use']);
    const both = ['services:', ...service('orders', ['    environment: [DB=postgres://app@db:5432/shop]']), ...service('catalog', ['    environment: [DB=postgres://app@db:5432/shop]']), '  db:', '    image: postgres:16', ''].join('\n');
    const connected = new TestRepo('connected').commit('initial', { ...files, 'compose.yaml': both });
    const [used] = of((await discoverRepository(connected.dir, { cwd: connected.dir })).evidence, 'shared-datastore');
    expect(used?.coupled).toBe(true);
  });
});

describe('independence evidence in the repository', () => {
  it('finds API contracts that declare services, names the units holding them and skips vendored ones', async () => {
    const repo = composeRepo('contracts', { orders: { dir: 'orders', env: [] }, catalog: { dir: 'catalog', env: [] } }, {
      'protos/shop.proto': 'syntax = "proto3";\nservice Catalog {\n  rpc List (Empty) returns (Items);\n}\n',
      'orders/proto/shop.proto': 'syntax = "proto3";\nservice Catalog {}\n',
      'orders/proto/grpc/health/v1/health.proto': 'service Health {}\n',
      'catalog/openapi.yaml': 'openapi: 3.0.0\ninfo:\n  title: Catalog API\n',
    });
    const [contracts] = of((await discoverRepository(repo.dir, { cwd: repo.dir })).evidence, 'api-contracts');
    expect(contracts?.contracts).toEqual([
      { file: 'catalog/openapi.yaml', format: 'openapi', services: ['Catalog API'], units: ['component:default/catalog'], providers: ['component:default/catalog'], consumers: [] },
      { file: 'orders/proto/shop.proto', format: 'proto', services: ['Catalog'], units: ['component:default/orders'], providers: ['component:default/catalog'], consumers: ['component:default/orders'] },
      { file: 'protos/shop.proto', format: 'proto', services: ['Catalog'], units: [], providers: ['component:default/catalog'], consumers: [] },
    ]);
    expect(contracts?.coupled).toBe(false);
  });

  it('units in different languages and build systems are a sign of independence', async () => {
    const repo = new TestRepo('polyglot').commit('initial', {
      'cart/Dockerfile': 'FROM golang\n', 'cart/go.mod': 'module cart\n', 'cart/main.go': 'package main\n',
      'email/Dockerfile': 'FROM python\n', 'email/requirements.txt': 'flask\n', 'email/app.py': 'print(1)\n',
      'compose.yaml': 'services:\n  cart:\n    build: ./cart\n  email:\n    build: ./email\n',
    });
    const [stacks] = of((await discoverRepository(repo.dir, { cwd: repo.dir })).evidence, 'separate-stacks');
    expect(stacks).toMatchObject({ languages: 2, coupled: false });
    expect(stacks?.evidence).toEqual(['cart: Go, built with go', 'email: Python, built with python']);
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    expect(result.systems[0]?.architecture.signals.find((s) => s.id === 'artifact-separate-stacks')).toMatchObject({ value: 2, pushes: 'microservices' });
  });
});

describe('inferred teams', () => {
  it('one person committing under name and email variants is one author, not two teams', async () => {
    const repo = new TestRepo('people').commit('initial', {
      'a/Dockerfile': 'FROM x\n', 'a/main.go': 'package a\n', 'b/Dockerfile': 'FROM x\n', 'b/main.go': 'package b\n',
      'compose.yaml': 'services:\n  a:\n    build: ./a\n  b:\n    build: ./b\n',
    });
    const variants = [
      { name: 'Jane Doe', email: 'jane@example.com' }, { name: 'jane.doe', email: 'jane@example.com' }, { name: 'JANE DOE', email: 'jd@home.example' },
    ];
    for (let i = 0; i < 9; i++) {
      const author = variants[i % 3] ?? variants[0];
      repo.commit(`a ${i}`, { [`${i % 2 ? 'a' : 'b'}/f${i}.go`]: 'x\n' }, author);
    }
    const d = await discoverRepository(repo.dir, { cwd: repo.dir });
    expect(d.teams.flatMap((t) => t.members).filter((m) => /jane/i.test(m))).toEqual(['Jane Doe']);
  });
});

describe('shared libraries', () => {
  it('a library of persistence types couples its users; a published client, even with a models folder, does not', async () => {
    const pkg = (name: string, deps: Record<string, string> = {}, start = true) =>
      JSON.stringify({ name, version: '1.0.0', ...(start ? { scripts: { start: 'node .' } } : {}), dependencies: deps });
    const repo = new TestRepo('mono').commit('initial', {
      'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['services/*', 'libs/*'] }),
      'services/a/package.json': pkg('a', { 'shop-model': '*', 'catalog-client': '*' }), 'services/a/Dockerfile': 'FROM node\n',
      'services/b/package.json': pkg('b', { 'shop-model': '*', 'catalog-client': '*' }), 'services/b/Dockerfile': 'FROM node\n',
      'libs/shop-model/package.json': pkg('shop-model', {}, false), 'libs/shop-model/index.js': "const mongoose = require('mongoose');\nmodule.exports = new mongoose.Schema({ sku: String });\n",
      'libs/catalog-client/package.json': pkg('catalog-client', {}, false), 'libs/catalog-client/models/item.js': 'module.exports = {}\n',
    });
    const libraries = of((await discoverRepository(repo.dir, { cwd: repo.dir })).evidence, 'shared-library');
    expect(libraries.map((l) => [l.library, l.coupled, l.domainHints])).toEqual([
      ['component:default/shop-model', true, ['ORM marker new mongoose.Schema( at libs/shop-model/index.js:2']],
      ['component:default/catalog-client', false, []],
    ]);
  });
});
