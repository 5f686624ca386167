import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { TestRepo } from './git-repo.js';

const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
const deployment = (name: string, image: string) =>
  ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, 'spec:', '  template:', '    spec:', '      containers:', `        - name: app`, `          image: ${image}`, ''].join('\n');

describe('one service found twice', () => {
  it('is one unit when a compose file and a Kubernetes Deployment run the same image', async () => {
    const repo = new TestRepo('shop').commit('initial', {
      'orders/pom.xml': '<project><artifactId>orders</artifactId><version>1.0</version><build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>\n',
      'deploy/docker-compose-app.yml': ['services:', '  orders:', '    image: acme/orders:1.0', ''].join('\n'),
      'deploy/k8s/orders.yaml': deployment('orders-deployment', 'registry.example.com/acme/orders:1.0'),
    });
    const d = await discover(repo);
    expect(d.units.filter((u) => u.deployable).map((u) => [u.name, u.sourceDir, u.sources])).toEqual([['orders', 'orders', ['compose', 'kubernetes', 'maven']]]);
  });

  it('is one unit when a Kubernetes canary runs another tag of the same image', async () => {
    const repo = new TestRepo('mesh').commit('initial', {
      'reviews/Dockerfile': 'FROM eclipse-temurin:21\n', 'reviews/App.java': '',
      'ratings/Dockerfile': 'FROM node:20\n', 'ratings/index.js': '',
      'k8s/reviews-v1.yaml': deployment('reviews-v1', 'acme/reviews:1.0'),
      'k8s/reviews-v2.yaml': deployment('reviews-v2', 'acme/reviews:2.0'),
      'k8s/ratings.yaml': deployment('ratings', 'acme/ratings:1.0'),
    });
    const d = await discover(repo);
    expect(d.units.filter((u) => u.deployable).map((u) => u.name).sort()).toEqual(['ratings', 'reviews-v1']);
  });
});
