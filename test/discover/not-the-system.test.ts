import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { TestRepo } from './git-repo.js';

const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
const deployables = (d: Awaited<ReturnType<typeof discover>>) => d.units.filter((u) => u.deployable).map((u) => u.name);

const service = (name: string, dockerfile = 'Dockerfile') => [`  ${name}:`, '    build:', '      context: .', `      dockerfile: src/${name}/${dockerfile}`];
const compose = (...services: string[][]) => ['services:', ...services.flat(), ''].join('\n');

describe('what runs beside the system rather than in it', () => {
  const files = {
    'src/cart/Dockerfile': 'FROM golang:1.22\nCOPY src/cart /src\n', 'src/cart/main.go': '',
    'src/checkout/Dockerfile': 'FROM golang:1.22\nCOPY src/checkout /src\n', 'src/checkout/main.go': '',
    'src/load-generator/Dockerfile': 'FROM golang:1.22 AS build\nRUN go build\nFROM grafana/k6:1.0\nCOPY src/load-generator/script.js .\n', 'src/load-generator/script.js': '',
    'src/traffic/Dockerfile': 'FROM locustio/locust:2.20\nCOPY src/traffic/locustfile.py .\n', 'src/traffic/locustfile.py': '',
    'src/frontend/Dockerfile.cypress': 'FROM cypress/included:13\nCOPY src/frontend/cypress .\n', 'src/frontend/cypress/e2e.cy.ts': '',
    'src/react-native-app/Dockerfile': 'FROM node:20\nCOPY src/react-native-app .\n', 'src/react-native-app/App.tsx': '',
    'src/orders-migrations/Dockerfile': 'FROM flyway/flyway:10\nCOPY src/orders-migrations/sql /flyway/sql\n', 'src/orders-migrations/sql/V1__init.sql': '',
    'src/proxy/Dockerfile': 'FROM envoyproxy/envoy:v1.30\nCOPY ./src/proxy/envoy.tmpl.yaml envoy.tmpl.yaml\n', 'src/proxy/envoy.tmpl.yaml': '',
    'src/site/Dockerfile': 'FROM nginx:1.27\nCOPY src/site/dist/ /usr/share/nginx/html\nCOPY src/site/nginx.conf /etc/nginx/conf.d/default.conf\n', 'src/site/dist/index.html': '',
    'src/kafka/Dockerfile': 'FROM apache/kafka:3.7\nENV KAFKA_NODE_ID=1\n', 'src/kafka/README.md': '',
    'compose.yaml': compose(
      service('cart'), service('checkout'), service('load-generator'), service('traffic'), service('frontend', 'Dockerfile.cypress'),
      service('react-native-app'), service('orders-migrations'), service('proxy'), service('site'), service('kafka'),
    ),
  };

  it('are not units: load generators, test images, mobile apps, migration jobs; configured proxies and brokers are resources', async () => {
    const d = await discover(new TestRepo('demo').commit('initial', files));
    expect(deployables(d)).toEqual(['cart', 'checkout', 'site']);
    // A one-stage locust image was already someone else's software configured here: a tooling resource.
    expect(d.resources.map((r) => [r.name, r.technology])).toEqual([['traffic', 'tooling'], ['proxy', 'proxy'], ['kafka', 'kafka']]);
    expect(d.diagnostics.filter((x) => x.code === 'discover-not-the-system').map((x) => x.message.split(';')[0])).toEqual([
      'load-generator: a load generator, which drives the system from outside',
      'frontend: a test suite packaged as an image',
      'react-native-app: a mobile app, a client shipped through app stores rather than deployed with the system',
      'orders-migrations: a one-shot job that prepares a datastore (migration, seed or init)',
    ]);
  });

  it('stay the unit of a repository that is only such a thing', async () => {
    const d = await discover(new TestRepo('loadgen').commit('initial', { Dockerfile: 'FROM golang:1.22 AS build\nRUN go build -o xk6\nFROM grafana/k6:1.0\nCOPY --from=build /xk6 .\n', 'main.go': '' }));
    expect(deployables(d)).toEqual(['loadgen']);
  });
});
