import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { TestRepo } from './git-repo.js';

const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
const deployables = (d: Awaited<ReturnType<typeof discover>>) => d.units.filter((u) => u.deployable).map((u) => [u.name, u.sourceDir]);
const pom = (artifact: string) => `<project><groupId>shop</groupId><artifactId>${artifact}</artifactId><version>1.0</version><packaging>jar</packaging></project>\n`;

describe('compose files named with a dash', () => {
  it('are read: the services they deploy by image are the modules of the same name', async () => {
    const repo = new TestRepo('shop').commit('initial', {
      'shop-admin/pom.xml': pom('shop-admin'),
      'shop-portal/pom.xml': pom('shop-portal'),
      'deploy/docker-compose-app.yml': ['services:', '  shop-admin:', '    image: shop/shop-admin:1.0', '  shop-portal:', '    image: shop/shop-portal:1.0', ''].join('\n'),
      'deploy/compose-env.yaml': ['services:', '  mysql:', '    image: mysql:8', ''].join('\n'),
    });
    const d = await discover(repo);
    expect(deployables(d)).toEqual([['shop-admin', 'shop-admin'], ['shop-portal', 'shop-portal']]);
    expect(d.resources.map((r) => r.name)).toEqual(['mysql']);
  });
});

describe('compose overlays', () => {
  const base = ['services:', '  api:', '    build: ./api', '    image: shop/api', '  web:', '    build: ./web', '    image: shop/web', ''].join('\n');
  const files = { 'api/Dockerfile': 'FROM node:20\n', 'api/index.js': '', 'web/Dockerfile': 'FROM node:20\n', 'web/index.js': '', 'docker-compose.yml': base };

  it('are merged onto their base: a platform overlay changing how each service builds makes no unit of its own', async () => {
    const windows = [
      'services:', '  api:', '    build:', '      dockerfile: Dockerfile.windows', '    image: shop/api:win',
      '  web:', '    build:', '      target: windows', '    environment:', '      - API_URL=http://api:8080', '',
    ].join('\n');
    const d = await discover(new TestRepo('shop').commit('initial', { ...files, 'api/Dockerfile.windows': 'FROM mcr.microsoft.com/windows/nanoserver\n', 'docker-compose.windows.yml': windows }));
    expect(deployables(d)).toEqual([['api', 'api'], ['web', 'web']]);
    expect(d.units.map((u) => [u.image, u.build?.dockerfile])).toEqual([['shop/api:win', 'Dockerfile.windows'], ['shop/web', undefined]]);
    // What the overlay adds counts, positioned in the overlay.
    expect(d.dependencies.map((x) => `${x.from}->${x.to} ${x.evidence.map((e) => `${e.file}:${e.line}`).join(',')}`)).toEqual(['web->api docker-compose.windows.yml:10']);
  });

  it('include any *.override.yml, even one adding a service', async () => {
    const override = ['services:', '  debugger:', '    image: acme/debugger', '  api:', '    image: shop/api:debug', '    ports: ["9229:9229"]', ''].join('\n');
    const d = await discover(new TestRepo('shop').commit('initial', { ...files, 'docker-compose.override.yml': override }));
    expect(deployables(d)).toEqual([['api', 'api'], ['web', 'web']]);
    expect(d.units[0]?.evidence.map((e) => e.file)).toEqual(['docker-compose.yml', 'api/Dockerfile']);
    expect(d.units[0]?.image).toBe('shop/api:debug');
  });

  it('are not files that declare services of their own', async () => {
    const more = ['services:', '  worker:', '    build: ./worker', ''].join('\n');
    const d = await discover(new TestRepo('shop').commit('initial', { ...files, 'worker/Dockerfile': 'FROM node:20\n', 'worker/main.js': '', 'docker-compose.jobs.yml': more }));
    expect(deployables(d).map(([name]) => name).sort()).toEqual(['api', 'web', 'worker']);
  });
});

describe('compose builds from the repository root', () => {
  const compose = [
    'services:',
    '  currency:',
    '    build:',
    '      context: ./',
    '      dockerfile: ${CURRENCY_DOCKERFILE}',
    '    environment:',
    '      - DB=postgres://app:${DB_PASSWORD}@${DB_HOST}/currency',
    '  email:',
    '    build:',
    '      context: ./',
    '      dockerfile: ${EMAIL_DOCKERFILE:-./src/email/dockerfile}',
    '  packaged:',
    '    build:',
    '      context: .',
    '      dockerfile: docker/app/Dockerfile',
    '  db:',
    '    image: postgres:16',
    '',
  ].join('\n');
  const env = ['CURRENCY_DOCKERFILE=./src/currency/Dockerfile', 'DB_HOST=db', 'DB_PASSWORD=secret   # set in init.sql', 'ORDERS_URL=postgres://db/orders', ''].join('\n');
  const repo = new TestRepo('demo').commit('initial', {
    'compose.yaml': compose,
    '.env': env,
    'package.json': JSON.stringify({ name: 'demo-tools', private: true, scripts: { start: 'node x.js' } }),
    'src/currency/Dockerfile': 'FROM gcc:14\nCOPY src/currency /src\n',
    'src/currency/main.cpp': 'int main() {}\n',
    'src/email/dockerfile': 'FROM ruby:3\nCOPY src/email /app\n',
    'src/email/email.rb': '',
    'docker/app/Dockerfile': 'FROM node:20\nCOPY . .\n',
  });

  it("sit in their Dockerfile's folder, named by the .env beside the compose file or the default (lower-case dockerfile too)", async () => {
    const d = await discover(repo);
    expect(deployables(d)).toEqual([['currency', 'src/currency'], ['email', 'src/email'], ['packaged', '.']]);
    expect(d.units.find((u) => u.name === 'email')?.evidence.map((e) => e.file)).toEqual(['compose.yaml', 'src/email/dockerfile']);
  });

  it("do not inherit the compose file's .env as their configuration; a value's inline comment is not part of it", async () => {
    const d = await discover(repo);
    expect(d.dependencies.map((x) => `${x.from}->${x.to}${x.database ? `/${x.database}` : ''}`)).toEqual(['currency->db/currency']);
  });

  it('read a service env_file as that service\'s configuration', async () => {
    const withEnvFile = compose.replace('  email:\n', '  email:\n    env_file: .env\n');
    const d = await discover(new TestRepo('demo').commit('initial', { ...Object.fromEntries([['compose.yaml', withEnvFile], ['.env', env]]), 'src/email/dockerfile': 'FROM ruby:3\n', 'src/email/email.rb': '', 'src/currency/Dockerfile': 'FROM gcc:14\n', 'src/currency/main.cpp': '' }));
    expect(d.dependencies.map((x) => `${x.from}->${x.to}${x.database ? `/${x.database}` : ''}`).sort()).toEqual(['currency->db/currency', 'email->db/orders']);
  });
});
