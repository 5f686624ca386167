import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { TestRepo } from './git-repo.js';

const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
const deployables = (d: Awaited<ReturnType<typeof discover>>) => d.units.filter((u) => u.deployable).map((u) => u.name);
const node = 'FROM node:20\nCOPY . .\n';

describe('compose services that run once', () => {
  const compose = (restart: string) => [
    'services:',
    '  orders:', '    build: ./orders', '    restart: always',
    '  billing:', '    build: ./billing',
    '  schema:', '    build: ./schema', `    restart: ${restart}`, '    environment:', '      DB_URL: postgres://db:5432/orders',
    '  db:', '    image: postgres:16', '',
  ].join('\n');
  const files = (restart: string) => ({
    'orders/Dockerfile': node, 'orders/package.json': '{"name":"orders","scripts":{"start":"node ."}}',
    'billing/Dockerfile': node, 'billing/package.json': '{"name":"billing","scripts":{"start":"node ."}}',
    'schema/Dockerfile': node, 'schema/package.json': '{"name":"schema","scripts":{"start":"node ."}}',
    'docker-compose.yml': compose(restart),
  });

  it('with restart: "no" are jobs, not units, and use no datastore', async () => {
    const d = await discover(new TestRepo('shop').commit('initial', files('"no"')));
    expect(deployables(d)).toEqual(['orders', 'billing']);
    expect(d.dependencies.filter((x) => x.to === 'db')).toEqual([]);
    expect(d.diagnostics.filter((x) => x.code === 'discover-not-the-system').map((x) => x.message)).toEqual([
      'schema: runs once (restart: "no"), a job such as a migration or seed, not a unit of the system',
    ]);
  });

  it('with an unquoted no (false to a YAML 1.1 reader) are jobs too', async () => {
    const d = await discover(new TestRepo('shop').commit('initial', files('no')));
    expect(deployables(d)).toEqual(['orders', 'billing']);
  });

  it('that another service waits to complete are jobs, even without a restart policy', async () => {
    const text = [
      'services:',
      '  orders:', '    build: ./orders', '    depends_on:', '      schema:', '        condition: service_completed_successfully',
      '  billing:', '    build: ./billing',
      '  schema:', '    build: ./schema', '',
    ].join('\n');
    const d = await discover(new TestRepo('shop').commit('initial', { ...files('always'), 'docker-compose.yml': text }));
    expect(deployables(d)).toEqual(['orders', 'billing']);
    expect(d.diagnostics.find((x) => x.code === 'discover-not-the-system')?.message).toContain('orders waits for it to complete');
  });

  it('with restart: always stay services', async () => {
    const d = await discover(new TestRepo('shop').commit('initial', files('always')));
    expect(deployables(d)).toEqual(['orders', 'billing', 'schema']);
  });
});

describe('compose hostname:', () => {
  it('is another name of the same service: a broker named in two compose files is one resource', async () => {
    const d = await discover(new TestRepo('shop').commit('initial', {
      'orders/Dockerfile': node,
      'docker-compose.yml': ['services:', '  orders:', '    build: ./orders', '    environment:', '      BROKER: kafka://broker:9092', '  broker:', '    image: bitnami/kafka:3', ''].join('\n'),
      'infra/docker-compose.yml': ['services:', '  kafka:', '    image: bitnami/kafka:3', '    hostname: broker', ''].join('\n'),
    }));
    expect(d.resources.filter((r) => r.type === 'queue').map((r) => r.name)).toEqual(['broker']);
  });

  it('localhost (a container on the host network) names the machine: localhost references do not reach it', async () => {
    const d = await discover(new TestRepo('shop').commit('initial', {
      'orders/Dockerfile': node, 'billing/Dockerfile': node,
      'docker-compose.yml': [
        'services:', '  orders:', '    build: ./orders', '    environment:', '      REGISTRY: http://localhost:8500', '      TRACES: localhost:9411',
        '  billing:', '    build: ./billing', '    environment:', '      BROKERS: kafka:9092',
        '  kafkaserver:', '    image: spotify/kafka', '    container_name: kafka', '    hostname: localhost', '    network_mode: host', '',
      ].join('\n'),
    }));
    expect(d.dependencies.map((x) => `${x.from}->${x.to}`)).toEqual(['billing->kafkaserver']);
  });
});
