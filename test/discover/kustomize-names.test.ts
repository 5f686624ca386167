import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { TestRepo } from './git-repo.js';

const deployment = (name: string, env = '') => [
  'apiVersion: apps/v1', 'kind: Deployment', `metadata:\n  name: ${name}`, 'spec:', '  template:', `    metadata:\n      labels:\n        app: ${name}`,
  '    spec:', '      containers:', `        - name: ${name}`, `          image: acme/${name}:1.0`, ...(env ? ['          env:', '            - name: ORDERS_URL', `              value: ${env}`] : []), '',
].join('\n');

describe('kustomize namePrefix and nameSuffix', () => {
  it('name the units as kustomize builds them, through nested overlays', async () => {
    const d = await discoverRepository(new TestRepo('shop').commit('initial', {
      'deploy/base/orders.yaml': deployment('orders'),
      'deploy/base/billing.yaml': deployment('billing', 'http://shop-orders-v2:8080'),
      'deploy/base/kustomization.yaml': 'resources:\n  - orders.yaml\n  - billing.yaml\nnameSuffix: -v2\n',
      'deploy/prod/kustomization.yaml': 'namePrefix: shop-\nresources:\n  - ../base\n',
    }).dir, { noHistory: true });
    expect(d.units.map((u) => u.name)).toEqual(['shop-billing-v2', 'shop-orders-v2']);
    expect(d.dependencies.map((x) => `${x.from}->${x.to}`)).toEqual(['shop-billing-v2->shop-orders-v2']);
  });

  it('leave a base two overlays rename differently with its own names', async () => {
    const d = await discoverRepository(new TestRepo('shop').commit('initial', {
      'deploy/base/orders.yaml': deployment('orders'),
      'deploy/base/kustomization.yaml': 'resources:\n  - orders.yaml\n',
      'deploy/dev/kustomization.yaml': 'namePrefix: dev-\nresources:\n  - ../base\n',
      'deploy/prod/kustomization.yaml': 'namePrefix: prod-\nresources:\n  - ../base\n',
    }).dir, { noHistory: true });
    expect(d.units.map((u) => u.name)).toEqual(['orders']);
  });
});
