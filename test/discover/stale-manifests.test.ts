import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { TestRepo } from './git-repo.js';

const deployment = (name: string, db = '') => [
  'apiVersion: apps/v1', 'kind: Deployment', `metadata:\n  name: ${name}`, 'spec:', '  template:', '    spec:', '      containers:',
  `        - name: ${name}`, `          image: acme/${name}:1.0`, ...(db ? ['          env:', '            - name: DATABASE_URL', `              value: ${db}`] : []), '',
].join('\n');

const compose = (services: string[]) => `services:\n${services.map((s) => `  ${s}:\n    build: ./${s}\n    image: acme/${s}:2.0\n    environment:\n      DATABASE_URL: postgres://${s}-db:5432/${s}\n  ${s}-db:\n    image: postgres:16\n`).join('')}`;

const DOCKERFILES = { 'orders/Dockerfile': 'FROM golang:1.22\n', 'billing/Dockerfile': 'FROM golang:1.22\n' };

/** Old Kubernetes manifests: three services that once shared one database. */
const oldKube = {
  'k8s/orders.yaml': deployment('orders', 'postgres://shop-db:5432/shop'),
  'k8s/billing.yaml': deployment('billing', 'postgres://shop-db:5432/shop'),
  'k8s/legacy-admin.yaml': deployment('legacy-admin', 'postgres://shop-db:5432/shop'),
};

describe('deployments left behind', () => {
  it('are not read as what runs when another deployment has been changed for years since', async () => {
    const repo = new TestRepo('shop')
      .commitOn('2019-03-01T00:00:00Z', 'kubernetes', oldKube)
      .commitOn('2022-06-01T00:00:00Z', 'compose', { 'docker-compose.yml': compose(['orders', 'billing']), ...DOCKERFILES })
      .commitOn('2024-05-01T00:00:00Z', 'compose: images', { 'docker-compose.yml': compose(['orders', 'billing']).replace(/2\.0/g, '2.1') });
    const d = await discoverRepository(repo.dir);
    expect(d.units.map((u) => u.name).sort()).toEqual(['billing', 'orders']);
    expect(d.resources.map((r) => r.name)).not.toContain('shop-db');
    const note = d.diagnostics.find((x) => x.code === 'discover-stale-manifests');
    expect(note?.message).toMatch(/^Kubernetes manifests \(k8s\/billing\.yaml and 2 more\) last changed 2019-03-01, 5\.2 years before compose files \(docker-compose\.yml\) \(2024-05-01\)/);
    expect(note?.file).toMatch(/(^|\/)k8s\/billing.yaml$/);
  });

  it('are read when both are maintained, and when there is no history to tell', async () => {
    const maintained = new TestRepo('shop')
      .commitOn('2023-01-01T00:00:00Z', 'kubernetes', oldKube)
      .commitOn('2024-05-01T00:00:00Z', 'compose', { 'docker-compose.yml': compose(['orders', 'billing']), ...DOCKERFILES });
    const both = await discoverRepository(maintained.dir);
    expect(both.resources.map((r) => r.name)).toContain('shop-db');
    expect(both.diagnostics.map((x) => x.code)).not.toContain('discover-stale-manifests');

    const old = new TestRepo('shop')
      .commitOn('2019-03-01T00:00:00Z', 'kubernetes', oldKube)
      .commitOn('2024-05-01T00:00:00Z', 'compose', { 'docker-compose.yml': compose(['orders', 'billing']), ...DOCKERFILES });
    const noHistory = await discoverRepository(old.dir, { noHistory: true });
    expect(noHistory.resources.map((r) => r.name)).toContain('shop-db');
  });

  it('judge a kind as a whole: the compose file of one service, quiet for years, is still in use', async () => {
    const repo = new TestRepo('shop')
      .commitOn('2018-03-01T00:00:00Z', 'payment compose', { 'payment/docker-compose.yml': 'services:\n  payment:\n    build: .\n    environment:\n      DATABASE_URL: postgres://pay-db:5432/pay\n  pay-db:\n    image: postgres:16\n', 'payment/Dockerfile': 'FROM golang:1.22\n' })
      .commitOn('2024-05-01T00:00:00Z', 'compose', { 'docker-compose.yml': compose(['orders', 'billing']), ...DOCKERFILES });
    const d = await discoverRepository(repo.dir);
    expect(d.resources.map((r) => r.name)).toContain('pay-db');
    expect(d.diagnostics.map((x) => x.code)).not.toContain('discover-stale-manifests');
  });

  it('keep a quiet deployment that is the only one', async () => {
    const repo = new TestRepo('shop')
      .commitOn('2015-03-01T00:00:00Z', 'kubernetes', oldKube)
      .commitOn('2024-05-01T00:00:00Z', 'code', { 'orders/main.go': 'package main\n' });
    const d = await discoverRepository(repo.dir);
    expect(d.units.map((u) => u.name)).toContain('legacy-admin');
  });
});
