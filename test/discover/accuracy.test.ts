import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { analyze } from '../../src/run.js';
import { ALICE, BOB, TestRepo } from './git-repo.js';

const json = (value: unknown) => JSON.stringify(value, null, 2);
const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
const deployables = (d: Awaited<ReturnType<typeof discover>>) => d.units.filter((u) => u.deployable).map((u) => [u.name, u.sourceDir]);

/** A turbo/npm workspace: two applications and a library, plus `extra` files (its Docker setup). */
function workspace(name: string, extra: Record<string, string>): TestRepo {
  return new TestRepo(name).commit('initial', {
    'package.json': json({ name: '@acme/root', private: true, workspaces: ['apps/*', 'packages/*'] }),
    'turbo.json': '{}\n',
    'apps/web/package.json': json({ name: '@acme/web', private: true, scripts: { start: 'node build/server.js' }, dependencies: { '@acme/db': '*' } }),
    'apps/admin/package.json': json({ name: '@acme/admin', private: true, scripts: { start: 'node server.js' } }),
    'packages/db/package.json': json({ name: '@acme/db', private: true, main: 'index.ts' }),
    ...extra,
  });
}

describe('a workspace-root Dockerfile that builds one workspace application', () => {
  const dockerfile = [
    '# builds the web app only',
    'FROM node:20 AS builder',
    'COPY . .',
    'RUN npx turbo prune --scope=@acme/web --docker',
    'RUN npx turbo run build --filter=@acme/web...',
    'FROM node:20',
    'COPY --from=builder /app/apps/web/build ./apps/web/build',
    'COPY --from=builder /app/packages/db ./packages/db',
    'WORKDIR /app/apps/web',
    'CMD ["node", "build/server.js"]',
    '',
  ].join('\n');

  it('is that application: one unit in its folder, with the compose service, the Dockerfile and the package as evidence', async () => {
    const repo = workspace('signing', {
      'docker/Dockerfile': dockerfile,
      'docker/compose.yml': ['services:', '  signing:', '    build:', '      context: ..', '      dockerfile: docker/Dockerfile', ''].join('\n'),
    });
    const d = await discover(repo);
    expect(deployables(d)).toEqual([['signing', 'apps/web']]);
    const [unit] = d.units;
    expect(unit?.modules).toEqual(['npm:@acme/web']);
    expect(unit?.evidence.map((e) => e.file)).toEqual(['docker/compose.yml', 'docker/Dockerfile', 'apps/web/package.json']);
    expect(d.dependencies.map((x) => `${x.from}->${x.to} ${x.kind}`)).toEqual(['signing->db library']);
  });

  it('is also the image a production compose deploys and the Dockerfile that extends that image', async () => {
    const repo = workspace('signing', {
      'docker/Dockerfile': dockerfile,
      'docker/Dockerfile.browser': 'ARG TAG=latest\nFROM acme/signing:${TAG}\nRUN npm install chromium\n',
      'docker/testing/compose.yml': ['services:', '  signing:', '    build:', '      context: ../..', '      dockerfile: docker/Dockerfile', ''].join('\n'),
      'docker/production/compose.yml': ['services:', '  signing:', '    image: acme/signing:latest', ''].join('\n'),
    });
    const d = await discover(repo);
    expect(deployables(d)).toEqual([['signing', 'apps/web']]);
    expect(d.units[0]?.image).toBe('acme/signing:latest');
    expect(d.units[0]?.evidence.map((e) => e.file)).toEqual([
      'docker/production/compose.yml', 'docker/Dockerfile', 'docker/Dockerfile.browser', 'docker/testing/compose.yml', 'apps/web/package.json',
    ]);
    expect(d.resources).toEqual([]);
  });

  it('is found by its directory alone when no build command names the package', async () => {
    const byDir = ['FROM node:20', 'COPY apps/web ./apps/web', 'WORKDIR /app/apps/web', 'CMD ["npm", "start"]', ''].join('\n');
    const d = await discover(workspace('portal', { 'docker/Dockerfile': byDir }));
    expect(deployables(d)).toEqual([['web', 'apps/web']]);
  });

  it('stays a unit of its own folder when it builds several applications', async () => {
    const both = ['FROM node:20', 'COPY . .', 'RUN npx turbo run build --filter=@acme/web --filter=@acme/admin', ''].join('\n');
    const d = await discover(workspace('suite', { Dockerfile: both }));
    expect(deployables(d)).toEqual([['suite', '.']]);
  });
});

describe('services that only development or test setups build', () => {
  const repo = new TestRepo('invoices').commit('initial', {
    'package.json': json({ name: 'invoices', version: '1.0.0', scripts: { start: 'node server.js' } }),
    Dockerfile: 'FROM node:20\nCOPY . .\n',
    'docker-compose.yml': ['services:', '  web:', '    build: .', ''].join('\n'),
    'docker/development/compose.yml': [
      'services:',
      '  db:',
      '    image: postgres:16',
      '  pdf:',
      '    build:',
      '      context: .',
      '      dockerfile: Dockerfile.pdf',
      '',
    ].join('\n'),
    'docker/development/Dockerfile.pdf': 'FROM gotenberg/gotenberg:8\n',
    'docker-compose.override.yml': ['services:', '  mailer:', '    build:', '      context: .', '      dockerfile: mailer.dev.Dockerfile', ''].join('\n'),
    'mailer.dev.Dockerfile': 'FROM axllent/mailpit\n',
  });

  it('are not deployable units, and say so; the datastores they declare are still resources', async () => {
    const d = await discover(repo);
    expect(deployables(d)).toEqual([['web', '.']]);
    expect(d.diagnostics.filter((x) => x.code === 'discover-dev-only').map((x) => [x.file, x.line, x.message])).toEqual([
      ['docker-compose.override.yml', 2, 'mailer: built only by development or test setups (docker-compose.override.yml, mailer.dev.Dockerfile); not counted as a deployable unit'],
      ['docker/development/compose.yml', 4, 'pdf: built only by development or test setups (docker/development/compose.yml, docker/development/Dockerfile.pdf); not counted as a deployable unit'],
    ]);
    expect(d.resources.map((r) => [r.name, r.technology, r.evidence[0]?.file])).toEqual([['db', 'postgres', 'docker/development/compose.yml']]);
    expect(d.dependencies.map((x) => `${x.from}->${x.to} ${x.kind}`)).toEqual(['web->db only-unit']);
  });

  it('keep the application when a dev compose is the only place it is built', async () => {
    const onlyDev = new TestRepo('notes').commit('initial', {
      'package.json': json({ name: 'notes', version: '1.0.0', scripts: { start: 'node server.js' } }),
      'Dockerfile.dev': 'FROM node:20\n',
      'docker-compose.dev.yml': ['services:', '  app:', '    build:', '      context: .', '      dockerfile: Dockerfile.dev', ''].join('\n'),
    });
    const d = await discover(onlyDev);
    expect(deployables(d)).toEqual([['app', '.']]);
    expect(d.diagnostics.map((x) => x.code)).not.toContain('discover-dev-only');
  });

  it('leave a monolith a monolith', async () => {
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    expect(result.systems.map((s) => s.architecture.label)).toEqual(['monolith']);
  });
});

describe('a package that is only a library', () => {
  const library = {
    name: 'tiny-router', version: '2.1.0', description: 'A router', files: ['index.js', 'lib/'],
    scripts: { test: 'mocha test/' }, dependencies: { 'path-to-regexp': '^8.0.0' }, devDependencies: { express: '^5.0.0', mocha: '^11.0.0' },
  };
  const repo = new TestRepo('tiny-router').commit('initial', { 'package.json': json(library), 'index.js': 'module.exports = {};\n' });

  it('is no deployable unit: a library component, with a diagnostic saying why', async () => {
    const d = await discover(repo);
    expect(d.units.map((u) => [u.name, u.sourceDir, u.deployable])).toEqual([['tiny-router', '.', false]]);
    const diagnostic = d.diagnostics.find((x) => x.code === 'discover-library-only');
    expect(diagnostic).toMatchObject({ file: 'package.json', line: 2 });
    expect(diagnostic?.message).toMatch(/^tiny-router is a library: it is not private and declares files .* no start or serve script, bin/);
  });

  it('gives an undetermined architecture, as a system without a deployable unit does', async () => {
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    expect(result.systems.map((s) => [s.ref, s.architecture.label])).toEqual([['system:default/tiny-router', 'undetermined']]);
    expect(result.systems[0]?.architecture.reason).toMatch(/No deployable component/);
  });

  it('keeps the team its history shows, as a repository with services does', async () => {
    const worked = new TestRepo('tiny-router').commit('initial', { 'package.json': json(library), 'index.js': 'module.exports = {};\n' });
    for (let i = 0; i < 4; i++) worked.commit(`route ${i}`, { [`lib/route-${i}.js`]: `// ${i}\n` }, i % 2 ? BOB : ALICE);
    const d = await discoverRepository(worked.dir, { cwd: worked.dir });
    expect(d.teams.map((team) => [team.name, team.source, team.owns])).toEqual([['inferred-tiny-router-team', 'inferred', ['tiny-router']]]);
    expect(d.entities.find((entity) => entity.kind === 'System')?.spec?.owner).toBe('group:default/inferred-tiny-router-team');
  });

  const services: Array<[string, Record<string, string>]> = [
    ['a start script', { 'package.json': json({ ...library, scripts: { start: 'node index.js' } }) }],
    ['a bin', { 'package.json': json({ ...library, bin: { router: 'cli.js' } }) }],
    ['a server framework it runs on', { 'package.json': json({ ...library, dependencies: { fastify: '^5.0.0' } }) }],
    ['a server entry', { 'package.json': json({ ...library, main: 'server.js' }) }],
    ['no entry points for importers', { 'package.json': json({ name: 'tiny-router', version: '2.1.0', scripts: { test: 'mocha' } }) }],
    ['a Dockerfile', { Dockerfile: 'FROM node:20\nCOPY . .\n' }],
    ['a Procfile', { Procfile: 'web: node index.js\n' }],
  ];
  for (const [what, files] of services) {
    it(`stays a deployable unit with ${what}`, async () => {
      const d = await discover(new TestRepo('svc').commit('initial', { 'package.json': json(library), ...files }));
      expect(d.units.filter((u) => u.deployable)).toHaveLength(1);
      expect(d.diagnostics.map((x) => x.code)).not.toContain('discover-library-only');
    });
  }
});

describe('Rust crates with only library targets', () => {
  // A C program growing a Rust core: a root crate building a static library and a bindings crate beside it.
  const crates = {
    'Cargo.toml': '[package]\nname = "core"\nversion = "0.1.0"\n\n[lib]\ncrate-type = ["staticlib"]\n',
    'src/lib.rs': 'pub fn hash() {}\n',
    'contrib/bindings/Cargo.toml': '[package]\nname = "bindings"\nversion = "0.1.0"\n\n[dependencies]\nbindings-sys = { path = "../bindings-sys" }\n',
    'contrib/bindings/src/lib.rs': 'pub fn open() {}\n',
    'contrib/bindings-sys/Cargo.toml': '[package]\nname = "bindings-sys"\nversion = "0.1.0"\n',
    'contrib/bindings-sys/src/lib.rs': 'extern "C" {}\n',
    'Makefile': 'all:\n\tcc -o tool main.c\n',
  };

  it('are no deployable units: the top crates become library components, with a diagnostic each', async () => {
    const d = await discover(new TestRepo('tool').commit('initial', crates));
    expect(deployables(d)).toEqual([]);
    // The crate the bindings use is a library component too, as any module a unit depends on is.
    expect(d.units.map((u) => [u.name, u.deployable])).toEqual([['core', false], ['bindings', false], ['bindings-sys', false]]);
    expect(d.diagnostics.filter((x) => x.code === 'discover-library-only').map((x) => x.message)).toEqual([
      expect.stringMatching(/^core is a library: a Rust crate with only a library target/),
      expect.stringMatching(/^bindings is a library: a Rust crate with only a library target/),
    ]);
  });

  for (const [what, files] of [
    ['src/main.rs', { 'src/main.rs': 'fn main() {}\n' }],
    ['a program in src/bin/', { 'contrib/bindings/src/bin/probe.rs': 'fn main() {}\n' }],
    ['a [[bin]] target', { 'Cargo.toml': `${crates['Cargo.toml']}\n[[bin]]\nname = "tool"\npath = "tool.rs"\n` }],
  ] as const) {
    it(`a crate with ${what} is a deployable unit`, async () => {
      const d = await discover(new TestRepo('tool').commit('initial', { ...crates, ...files }));
      expect(deployables(d)).toHaveLength(1);
    });
  }
});

describe('a root build that links a program', () => {
  const cases: Array<[string, Record<string, string>, string[]]> = [
    ['meson.build with executable()', { 'meson.build': "project('tool', 'c')\n# executable('old') was removed\ncore = static_library('core', 'core.c')\ntool = executable('tool',\n  'main.c', link_with: core)\n" }, ['meson.build:4']],
    ['CMakeLists.txt with add_executable()', { 'CMakeLists.txt': 'cmake_minimum_required(VERSION 3.20)\nproject(tool C)\nadd_executable(tool main.c)\n' }, ['CMakeLists.txt:3']],
    ['CMakeLists.txt with only add_library()', { 'CMakeLists.txt': 'project(z C)\nadd_library(z STATIC z.c)\n' }, []],
  ];
  for (const [what, files, evidence] of cases) {
    it(`${what}: ${evidence.length === 0 ? 'no unit' : 'the repository is one unit'}`, async () => {
      const d = await discover(new TestRepo('tool').commit('initial', { 'main.c': 'int main(void) { return 0; }\n', ...files }));
      expect(deployables(d)).toEqual(evidence.length === 0 ? [] : [['tool', '.']]);
      expect(d.units.flatMap((u) => u.evidence.map((e) => `${e.file}:${e.line}`))).toEqual(evidence);
    });
  }

  it('makes a C program with Rust library crates a monolith', async () => {
    const repo = new TestRepo('tool').commit('initial', {
      'meson.build': "project('tool', 'c')\nexecutable('tool', 'main.c')\n",
      'main.c': 'int main(void) { return 0; }\n',
      'Cargo.toml': '[package]\nname = "core"\nversion = "0.1.0"\n\n[lib]\ncrate-type = ["staticlib"]\n',
      'src/lib.rs': 'pub fn hash() {}\n',
    });
    const result = await analyze({ paths: ['.'], cwd: repo.dir });
    expect(result.systems.map((s) => [s.ref, s.architecture.label])).toEqual([['system:default/tool', 'monolith']]);
  });
});

describe('services whose images a build tool makes, beside configured third-party tools', () => {
  const pom = (artifact: string) =>
    `<project>\n  <parent><groupId>org.acme</groupId><artifactId>clinic</artifactId><version>1.2.0</version></parent>\n  <artifactId>${artifact}</artifactId>\n</project>\n`;
  const compose = [
    'services:',
    '  customers:',
    '    image: acme/clinic-customers:latest',
    '  visits:',
    '    image: acme/clinic-visits:latest',
    '    depends_on: [customers]',
    '  grafana:',
    '    build: ./docker/grafana',
    '  zipkin:',
    '    image: openzipkin/zipkin',
    '',
  ].join('\n');
  const repo = () =>
    new TestRepo('clinic').commit('initial', {
      'pom.xml': '<project>\n  <groupId>org.acme</groupId>\n  <artifactId>clinic</artifactId>\n  <version>1.2.0</version>\n  <packaging>pom</packaging>\n  <modules><module>clinic-customers</module><module>clinic-visits</module></modules>\n  <build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>\n</project>\n',
      'clinic-customers/pom.xml': pom('clinic-customers'),
      'clinic-visits/pom.xml': pom('clinic-visits'),
      'docker-compose.yml': compose,
      'docker/Dockerfile': 'FROM eclipse-temurin:17\nARG ARTIFACT_NAME\nCOPY ${ARTIFACT_NAME}.jar application.jar\nENTRYPOINT ["java", "-jar", "application.jar"]\n',
      'docker/grafana/Dockerfile': 'FROM grafana/grafana:11.0.0\nADD ./dashboards /var/lib/grafana/dashboards\n',
    });

  it('an image named after a module is that module: the services are units in their modules', async () => {
    const d = await discover(repo());
    expect(deployables(d)).toEqual([['customers', 'clinic-customers'], ['visits', 'clinic-visits']]);
  });

  it('a one-stage Dockerfile that configures a known tool is a resource, as the tool deployed by image is', async () => {
    const d = await discover(repo());
    expect(d.resources.map((r) => [r.name, r.type, r.technology]).sort()).toEqual([['grafana', 'other', 'observability'], ['zipkin', 'other', 'observability']]);
  });

  it('a Dockerfile that copies in a build argument is a template for the modules, not a unit, and says so', async () => {
    const d = await discover(repo());
    expect(d.units.map((u) => u.sourceDir)).not.toContain('docker');
    expect(d.diagnostics.filter((x) => x.code === 'discover-dockerfile-template')).toEqual([expect.objectContaining({ file: 'docker/Dockerfile', line: 1 })]);
  });
});

describe('a deploy repository: manifests deploy images built elsewhere', () => {
  const deployment = (name: string, image: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: ${image}\n`;
  const repo = () =>
    new TestRepo('shop-deploy').commit('initial', {
      'deploy/k8s/carts.yaml': deployment('carts', 'shopdemo/carts:0.4.8'),
      'deploy/k8s/carts-db.yaml': deployment('carts-db', 'shopdemo/carts-db:0.3.0'),
      'deploy/k8s/orders.yaml': deployment('orders', 'shopdemo/orders:0.4.7'),
      'deploy/k8s/monitoring.yaml': deployment('exporter', 'prom/node-exporter:v1.8.0'),
      'deploy/k8s/loadtest.yaml': deployment('load-test', 'shopdemo/load-test:0.1.1'),
      'healthcheck/Dockerfile': 'FROM ruby:3\nCOPY healthcheck.rb /\nENTRYPOINT ["ruby", "/healthcheck.rb"]\n',
    });

  it('its workloads are its units; the Dockerfile nothing deploys builds a tool, and says so', async () => {
    const d = await discover(repo());
    expect(deployables(d).map(([name]) => name)).toEqual(['carts', 'orders']);
    expect(d.resources.map((r) => [r.name, r.type]).sort()).toEqual([['carts-db', 'database'], ['exporter', 'other'], ['load-test', 'other']]);
    expect(d.diagnostics.filter((x) => x.code === 'discover-tool-image')).toEqual([expect.objectContaining({ file: 'healthcheck/Dockerfile' })]);
  });

  it('a repository that builds and deploys its own image keeps treating others as someone else’s software', async () => {
    const d = await discover(
      new TestRepo('shop').commit('initial', {
        'deploy/k8s/app.yaml': deployment('shop', 'acme/shop:1.0.0'),
        'deploy/k8s/proxy.yaml': deployment('proxy', 'acme/edge-proxy:2.0.0'),
        'shop/Dockerfile': 'FROM node:20\nCOPY . .\nCMD ["node", "server.js"]\n',
      }),
    );
    expect(deployables(d)).toEqual([['shop', 'shop']]);
    expect(d.resources.map((r) => r.name)).toEqual(['proxy']);
  });
});

describe('a self-hosted stack: one application in many roles, with anchors, build arguments and tools', () => {
  const roles = Array.from({ length: 60 }, (_, index) => `  consumer-${index}:\n    <<: *app_defaults\n    command: run consumer ${index}\n`);
  const compose = [
    'x-restart: &restart',
    '  restart: unless-stopped',
    'x-app-defaults: &app_defaults',
    '  <<: *restart',
    '  image: app-local',
    '  build:',
    '    context: ./app',
    '    args:',
    '      - APP_VERSION=1.0',
    'services:',
    '  web:',
    '    <<: *app_defaults',
    '    command: run web',
    ...roles,
    '  cleanup:',
    '    <<: *app_defaults',
    '    image: app-cleanup-local',
    '    build:',
    '      context: ./cron',
    '      args:',
    '        BASE_IMAGE: app-local',
    '  clickhouse:',
    '    <<: *restart',
    '    image: clickhouse-local',
    '    build:',
    '      context: ./clickhouse',
    '      args:',
    '        BASE_IMAGE: "altinity/clickhouse-server:25.8"',
    '',
  ].join('\n');
  const repo = () =>
    new TestRepo('stack').commit('initial', {
      'docker-compose.yml': compose,
      'app/Dockerfile': 'FROM python:3.12\nARG APP_VERSION\nCOPY . /app\n',
      'cron/Dockerfile': 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nRUN apt-get install -y cron\n',
      'clickhouse/Dockerfile': 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY config.xml /etc/clickhouse-server/\n',
      'jq/Dockerfile': 'FROM debian:12\nRUN apt-get install -y jq\n',
    });

  it('reads services through merge keys, however many aliases the file uses', async () => {
    const d = await discover(repo());
    expect(d.diagnostics.map((x) => x.code)).not.toContain('discover-unparseable');
    expect(deployables(d)).toHaveLength(62); // web, sixty consumers and cleanup
    expect(d.units.find((u) => u.name === 'consumer-59')).toMatchObject({ sourceDir: 'app', image: 'app-local' });
  });

  it('a role built FROM the application image is the same codebase; a tool wrapped through a build argument is a resource', async () => {
    const d = await discover(repo());
    expect(d.units.find((u) => u.name === 'cleanup')?.sourceDir).toBe('app');
    expect(d.resources.map((r) => [r.name, r.type])).toEqual([['clickhouse', 'database']]);
    expect(d.diagnostics.filter((x) => x.code === 'discover-tool-image').map((x) => x.file)).toEqual(['jq/Dockerfile']);
  });

  it('skips a compose file whose alias refers to itself, with a warning, instead of following it', async () => {
    const d = await discover(new TestRepo('loop').commit('initial', { 'docker-compose.yml': 'services:\n  web: &web\n    build: .\n    extra: [*web]\n', Dockerfile: 'FROM node:20\n' }));
    expect(d.diagnostics.map((x) => [x.code, x.file])).toEqual([['discover-unparseable', 'docker-compose.yml']]);
  });

  it('is one application run as several processes: a monolith', async () => {
    const result = await analyze({ paths: ['.'], cwd: repo().dir });
    expect(result.systems[0]?.architecture.label).toBe('monolith');
    expect(result.systems[0]?.architecture.reason).toMatch(/one codebase/);
  });
});
