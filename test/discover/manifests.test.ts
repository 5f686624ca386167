import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';

const fixtures = fileURLToPath(new URL('../fixtures/discover/', import.meta.url));
const discover = (dir: string) => discoverRepository(dir, { cwd: fixtures, noHistory: true });
const at = (e: { file: string; line: number } | undefined) => (e ? `${e.file}:${e.line}` : '');

describe('docker compose', () => {
  it('reads build contexts, images, variables with defaults, depends_on, links and env references', async () => {
    const d = await discover('compose');
    expect(d.units.map((u) => [u.name, u.sourceDir, u.build?.dockerfile, u.build?.command, u.image, at(u.evidence[0])])).toEqual([
      ['api', 'api', 'Dockerfile.prod', 'node server.js', 'ghcr.io/acme/api:1.4.0', 'compose/docker-compose.yml:2'],
      // Built from outside the repository: a unit whose source is unknown ('').
      ['outside', '', undefined, undefined, undefined, 'compose/docker-compose.yml:23'],
    ]);
    expect(d.resources.map((r) => [r.name, r.type, r.technology, r.databases])).toEqual([
      ['pg', 'database', 'postgres', ['orders']], ['cache', 'cache', 'redis', []], ['search', 'search-index', 'elasticsearch', []], ['proxy', 'other', 'nginx', []],
    ]);
    expect(d.dependencies.map((x) => `${x.from}->${x.to} ${x.kind} ${at(x.evidence[0])}`)).toEqual([
      'api->pg connection-string compose/docker-compose.yml:12', 'api->cache link compose/docker-compose.yml:14', 'api->search host-reference compose/docker-compose.yml:10',
    ]);
    expect(d.diagnostics.map((x) => [x.code, x.file, x.line])).toEqual([['discover-outside-repo', 'compose/docker-compose.yml', 24]]);
    expect(d.dependencies[0]?.evidence.map(at)).toEqual(['compose/docker-compose.yml:12', 'compose/docker-compose.yml:9']);
  });
});

describe('kubernetes', () => {
  it('reads workloads (also in a List), Services by selector, env references, and reports broken documents', async () => {
    const d = await discover('k8s');
    expect(d.units.map((u) => [u.name, u.image, u.hosts, at(u.evidence[0])])).toEqual([
      ['cart', 'gcr.io/acme/cart:v2', ['cart'], 'k8s/app.yaml:4'],
      ['catalog', 'gcr.io/acme/catalog:v2', ['catalog', 'catalog-svc'], 'k8s/app.yaml:39'],
    ]);
    expect(d.resources.map((r) => [r.name, r.type, at(r.evidence[0])])).toEqual([['redis-cart', 'cache', 'k8s/app.yaml:31']]);
    expect(d.dependencies.map((x) => `${x.from}->${x.to} ${at(x.evidence[0])}`)).toEqual(['cart->redis-cart k8s/app.yaml:15', 'cart->catalog k8s/app.yaml:17']);
    expect(d.diagnostics.map((x) => [x.severity, x.code, x.line])).toEqual([['warning', 'discover-unparseable', 50]]);
  });
});

describe('helm', () => {
  it('reads the chart name, appVersion, the values image and known chart dependencies, and skips templates', async () => {
    const d = await discover('helm');
    expect(d.units.map((u) => [u.name, u.image, u.version, at(u.evidence[0])])).toEqual([['shop', 'ghcr.io/acme/shop', '3.1.0', 'helm/shop/values.yaml:3']]);
    expect(d.resources.map((r) => [r.name, r.technology, at(r.evidence[0])])).toEqual([['postgresql', 'postgres', 'helm/shop/Chart.yaml:6']]);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['discover-helm-templates']);
  });
});

describe('.NET Aspire', () => {
  it('reads projects, resources, databases and references; commented calls are ignored', async () => {
    const d = await discover('aspire');
    expect(d.units.map((u) => [u.name, u.sourceDir, at(u.evidence[0])])).toEqual([
      ['catalog-api', 'src/Catalog.API', 'aspire/src/Shop.AppHost/Program.cs:8'],
      ['webapp', '', 'aspire/src/Shop.AppHost/Program.cs:12'],
    ]);
    expect(d.resources.map((r) => [r.name, r.type, r.technology])).toEqual([
      ['basketcache', 'cache', 'redis'], ['postgres', 'database', 'postgres'], ['catalogdb', 'database', 'postgres'],
    ]);
    expect(d.dependencies.map((x) => `${x.from}->${x.to} ${x.kind} ${x.evidence[0]?.line}`)).toEqual([
      'catalog-api->catalogdb aspire-reference 9', 'webapp->catalog-api aspire-reference 13', 'webapp->basketcache aspire-reference 14',
    ]);
  });
});

describe('Procfile', () => {
  it('makes each process type a unit of one codebase (release is not a process)', async () => {
    const d = await discover('procfile');
    expect(d.units.map((u) => [u.name, u.sourceDir, u.build?.command, at(u.evidence[0])])).toEqual([
      ['procfile-web', '.', 'bundle exec puma -C config/puma.rb', 'procfile/Procfile:2'],
      ['procfile-worker', '.', 'bundle exec sidekiq', 'procfile/Procfile:3'],
    ]);
  });
});

describe('build modules', () => {
  const cases: Array<[string, string[][], string[]]> = [
    ['npm', [['web', 'packages/web', 'true'], ['model', 'packages/model', 'false']], ['web->model modules/npm/packages/web/package.json:6']],
    ['maven', [['api', 'api', 'true'], ['core', 'core', 'false']], ['api->core modules/maven/api/pom.xml:11']],
    ['gradle', [['app', 'app', 'true'], ['lib', 'lib', 'false']], ['app->lib modules/gradle/app/build.gradle.kts:3']],
    ['go', [['svc', 'svc', 'true'], ['lib', 'lib', 'false']], ['svc->lib modules/go/svc/go.mod:6']],
    ['cargo', [['server', 'crates/server', 'true'], ['entities', 'crates/entities', 'false']], ['server->entities modules/cargo/crates/server/Cargo.toml:6']],
    ['dotnet', [['api', 'Api', 'true'], ['domain', 'Domain', 'false']], ['api->domain modules/dotnet/Api/Api.csproj:4']],
  ];
  for (const [name, units, dependencies] of cases) {
    it(`${name}: application modules are units, the modules they depend on libraries`, async () => {
      const d = await discover(`modules/${name}`);
      expect(d.units.map((u) => [u.name, u.sourceDir, String(u.deployable)])).toEqual(units);
      expect(d.dependencies.map((x) => `${x.from}->${x.to} ${at(x.evidence[0])}`)).toEqual(dependencies);
    });
  }

  it('reads versions for lockstep checks', async () => {
    const d = await discover('modules/cargo');
    expect(d.units.map((u) => u.version)).toEqual(['0.4.0', '0.4.0']);
  });
});
