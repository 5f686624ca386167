import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import type { ArtifactCoupling } from '../../src/discover/index.js';
import { analyze } from '../../src/run.js';
import { ALICE, BOB, DEPENDABOT, TestRepo } from './git-repo.js';

const of = <K extends ArtifactCoupling['kind']>(signals: readonly ArtifactCoupling[], kind: K) =>
  signals.filter((s): s is Extract<ArtifactCoupling, { kind: K }> => s.kind === kind);

describe('a monolith with a database and a cache', () => {
  const repo = new TestRepo('shop').commit('initial', {
    'package.json': JSON.stringify({ name: 'shop', version: '2.3.0', scripts: { start: 'node server.js' } }, null, 2),
    'server.js': 'console.log(1)\n',
    Dockerfile: 'FROM node:20\nCOPY . .\n',
    'docker-compose.yml': [
      'services:',
      '  web:',
      '    build: .',
      '    environment:',
      '      DATABASE_URL: postgres://shop:secret@db:5432/shop',
      '      REDIS_URL: redis://cache:6379/0',
      '    depends_on: [db, cache]',
      '  db:',
      '    image: postgres:16',
      '  cache:',
      '    image: redis:7-alpine',
      '',
    ].join('\n'),
  });

  it('is one unit and two resources, with file:line evidence', async () => {
    const d = await discoverRepository(repo.dir, { cwd: repo.dir });
    expect(d.units.map((u) => [u.name, u.sourceDir, u.deployable])).toEqual([['web', '.', true]]);
    expect(d.units[0]?.evidence[0]).toMatchObject({ file: 'docker-compose.yml', line: 2 });
    expect(d.resources.map((r) => [r.name, r.type, r.technology, r.evidence[0]?.line])).toEqual([['db', 'database', 'postgres', 8], ['cache', 'cache', 'redis', 10]]);
    expect(d.resources[0]?.databases).toEqual(['shop']);
    // Start order and a connection string name one link; it keeps the kind that shows data use.
    expect(d.dependencies.map((x) => [x.from, x.to, x.kind])).toEqual([['web', 'db', 'connection-string'], ['web', 'cache', 'connection-string']]);
    expect(d.dependencies[0]?.evidence.map((e) => `${e.file}:${e.line}`)).toEqual(['docker-compose.yml:7', 'docker-compose.yml:5']);
    expect(d.evidence.filter((s) => s.coupled)).toEqual([]);
  });

  it('is analysed as a monolith', async () => {
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    expect(result.systems.map((s) => [s.ref, s.architecture.label])).toEqual([['system:default/shop', 'monolith']]);
    expect(result.discovery?.[0]?.units.map((u) => u.ref)).toEqual(['component:default/web']);
    expect(result.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  });
});

function twoServices(repo: TestRepo, sharedDb: boolean): TestRepo {
  const service = (name: string) => ({
    [`${name}/Dockerfile`]: 'FROM golang:1.22\n',
    [`${name}/main.go`]: 'package main\n',
  });
  return repo.commit('initial', {
    ...service('orders'),
    ...service('users'),
    'compose.yaml': [
      'services:',
      '  orders:',
      '    build: ./orders',
      '    environment:',
      `      - DB_URL=postgres://app@${sharedDb ? 'db' : 'orders-db'}:5432/${sharedDb ? 'shop' : 'orders'}`,
      '      - USERS_ADDR=users:8080',
      '  users:',
      '    build: ./users',
      '    environment:',
      `      - DB_URL=postgres://app@${sharedDb ? 'db' : 'users-db'}:5432/${sharedDb ? 'shop' : 'users'}`,
      ...(sharedDb ? ['  db:', '    image: postgres:16'] : ['  orders-db:', '    image: postgres:16', '  users-db:', '    image: postgres:16']),
      '',
    ].join('\n'),
  });
}

describe('independent services, each with its own store', () => {
  const repo = twoServices(new TestRepo('market'), false);
  for (let i = 0; i < 6; i++) {
    repo.commit(`orders ${i}`, { [`orders/f${i}.go`]: 'package main\n' }, ALICE);
    repo.commit(`users ${i}`, { [`users/f${i}.go`]: 'package main\n' }, BOB);
  }

  it('finds two units, two stores, a call between them and no coupling', async () => {
    const d = await discoverRepository(repo.dir, { cwd: repo.dir });
    expect(d.units.map((u) => [u.name, u.sourceDir])).toEqual([['orders', 'orders'], ['users', 'users']]);
    expect(d.dependencies.map((x) => `${x.from}->${x.to}:${x.kind}@${x.evidence[0]?.line}`)).toEqual([
      'orders->orders-db:connection-string@5', 'orders->users:host-reference@6', 'users->users-db:connection-string@10',
    ]);
    expect(d.evidence.filter((s) => s.coupled)).toEqual([]);
    expect(d.teams.map((t) => [t.source, t.owns, t.members])).toEqual([['inferred', ['orders'], ['Alice']], ['inferred', ['users'], ['Bob']]]);
  });

  it('is analysed as microservices', async () => {
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    expect(result.systems[0]?.architecture.label).toBe('microservices');
  });
});

describe('services sharing one database', () => {
  const repo = twoServices(new TestRepo('market'), true);

  it('reports the shared datastore with the lines naming it', async () => {
    const d = await discoverRepository(repo.dir, { cwd: repo.dir });
    const [shared] = of(d.evidence, 'shared-datastore');
    expect(shared).toMatchObject({ via: 'resource', datastore: 'resource:default/db', units: ['component:default/orders', 'component:default/users'], coupled: true });
    expect(shared?.evidence).toEqual(['compose.yaml:5 orders -> db/shop', 'compose.yaml:10 users -> db/shop']);
  });

  it('is analysed as a micro-monolith', async () => {
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    expect(result.systems[0]?.architecture.label).toBe('micro-monolith');
  });
});

describe('services built from one image', () => {
  const repo = new TestRepo('app').commit('initial', {
    Dockerfile: 'FROM python:3.12\n',
    'requirements.txt': 'django\n',
    'docker-compose.yml': [
      'services:',
      '  web:',
      '    build: .',
      '    command: gunicorn app.wsgi',
      '  worker:',
      '    build: .',
      '    command: celery -A app worker',
      '  beat:',
      '    build: .',
      '    command: celery -A app beat',
      '',
    ].join('\n'),
  });

  it('reports one image started with three commands', async () => {
    const d = await discoverRepository(repo.dir, { cwd: repo.dir });
    expect(d.units.map((u) => [u.name, u.sourceDir])).toEqual([['web', '.'], ['worker', '.'], ['beat', '.']]);
    const [image] = of(d.evidence, 'shared-image');
    expect(image).toMatchObject({ image: '.', coupled: true, units: ['component:default/web', 'component:default/worker', 'component:default/beat'] });
    expect(image?.evidence).toEqual(['docker-compose.yml:2 web runs "gunicorn app.wsgi"', 'docker-compose.yml:5 worker runs "celery -A app worker"', 'docker-compose.yml:8 beat runs "celery -A app beat"']);
  });
});

describe('services released in lockstep', () => {
  const repo = new TestRepo('suite');
  const units = ['a', 'b', 'c'];
  const release = (version: string) => {
    const files = Object.fromEntries(units.flatMap((u) => [
      [`${u}/package.json`, JSON.stringify({ name: u, version, scripts: { start: 'node .' } })],
      // A real change in every unit: version bumps alone are the release, not a change.
      [`${u}/index.js`, `console.log('${version}');\n`],
      [`${u}/Dockerfile`, 'FROM node:20\n'],
    ]));
    repo.commit(`release ${version}`, files).tag(`v${version}`);
  };
  release('1.0.0');
  release('1.1.0');
  release('1.2.0');

  it('reports one version for every unit and every unit changing between release tags', async () => {
    const d = await discoverRepository(repo.dir, { cwd: repo.dir });
    expect(d.units.map((u) => u.name)).toEqual(units);
    const [versioning] = of(d.evidence, 'lockstep-versioning');
    expect(versioning).toMatchObject({ version: '1.2.0', versionedUnits: 3, coupled: true });
    expect(versioning?.evidence[0]).toBe('a 1.2.0 from its manifest (a/Dockerfile:1)');
    const [releases] = of(d.evidence, 'lockstep-releases');
    expect(releases).toMatchObject({ tagRange: 'v1.0.0..v1.2.0', meanShare: 1, coupled: true });
    expect(releases?.evidence).toEqual([
      'v1.0.0..v1.1.0: 3 of 3 units changed', 'v1.1.0..v1.2.0: 3 of 3 units changed',
      'left out as release bookkeeping, not change: 6 file changes that only bump versions or write release notes, 0 files only bots changed',
    ]);
  });
});

describe('co-change made only of bot and sweeping commits', () => {
  const repo = new TestRepo('fleet');
  const both = (text: string) => ({ 'a/main.go': text, 'b/main.go': text });
  repo.commit('initial', { 'a/Dockerfile': 'FROM x\n', 'b/Dockerfile': 'FROM x\n', ...both('package main\n') });
  for (let i = 0; i < 5; i++) repo.commit(`Bump lib from 1.${i} to 1.${i + 1}`, both(`// ${i}\n`), DEPENDABOT);
  repo.commit('chore: format everything', both('package main // formatted\n'));
  repo.commit('Rename the logger', Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${i % 2 ? 'a' : 'b'}/gen${i}.go`, 'x\n'])));
  for (let i = 0; i < 12; i++) repo.commit(`a ${i}`, { [`a/f${i}.go`]: 'x\n' }, i % 2 ? ALICE : BOB);

  it('reports raw co-change and none left after the filters', async () => {
    const d = await discoverRepository(repo.dir, { cwd: repo.dir });
    const [coChange] = of(d.evidence, 'co-change');
    expect(coChange).toMatchObject({
      // The initial commit adds both units: the one multi-unit commit left after the filters.
      raw: { commits: 20, touchingUnits: 20, multiUnit: 8 },
      filtered: { commits: 13, touchingUnits: 13, multiUnit: 1, share: 0.08 },
      excluded: { bots: 5, merges: 0, sweeping: 1, messages: 1 },
      coupled: false,
    });
  });
});

describe('commits through most units at once', () => {
  // Four services; every fourth commit upgrades the platform in all of them, the rest change one or two.
  const repo = new TestRepo('platform');
  const units = ['a', 'b', 'c', 'd'];
  repo.commit('initial', Object.fromEntries(units.flatMap((u) => [[`${u}/Dockerfile`, 'FROM x\n'], [`${u}/main.go`, 'package main\n']])));
  for (let i = 0; i < 6; i++) repo.commit(`Update the framework to 9.${i}`, Object.fromEntries(units.map((u) => [`${u}/go.sum`, `v9.${i}\n`])));
  for (let i = 0; i < 12; i++) repo.commit(`feature ${i}`, { [`${units[i % 4] ?? 'a'}/f${i}.go`]: 'x\n' }, i % 2 ? ALICE : BOB);
  repo.commit('a and b together', { 'a/pair.go': 'x\n', 'b/pair.go': 'x\n' });

  it('are sweeps: a shared platform, not units that cannot change apart; a pair changed together still counts', async () => {
    const d = await discoverRepository(repo.dir, { cwd: repo.dir });
    const [coChange] = of(d.evidence, 'co-change');
    expect(coChange).toMatchObject({
      raw: { commits: 20, touchingUnits: 20, multiUnit: 8 },
      // The initial commit and the six upgrades go through all four units; the pair commit is kept.
      filtered: { touchingUnits: 13, multiUnit: 1 },
      excluded: { sweeping: 7 },
      coupled: false,
    });
    expect(coChange?.evidence[1]).toMatch(/commits over 30 files or through most units at once/);
  });
});
