import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { TestRepo } from './git-repo.js';

const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
const pom = (artifact: string, ...deps: string[]) =>
  [`<project><artifactId>${artifact}</artifactId><version>1.0</version>`, '<dependencies>',
    ...deps.map((d) => `<dependency><groupId>org.springframework.cloud</groupId><artifactId>${d}</artifactId></dependency>`),
    '</dependencies>', '<build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>', ''].join('\n');

describe('a Spring Cloud system with a config server, a registry and a gateway', () => {
  const services = ['config', 'registry', 'gateway', 'auth', 'account'];
  const repo = new TestRepo('bank').commit('initial', {
    'config/pom.xml': pom('config', 'spring-cloud-config-server'),
    'config/src/main/resources/application.yml': 'spring:\n  profiles:\n    active: native\n',
    'config/src/main/resources/shared/application.yml': 'eureka:\n  client:\n    serviceUrl:\n      defaultZone: http://registry:8761/eureka/\n',
    'config/src/main/resources/shared/account.yml': 'spring:\n  data:\n    mongodb:\n      uri: mongodb://account-db:27017/account\nauth:\n  url: http://auth:5000/uaa\n',
    'config/src/main/resources/shared/auth-prod.yml': 'spring:\n  data:\n    mongodb:\n      uri: mongodb://auth-db:27017/auth\n',
    'registry/pom.xml': pom('registry', 'spring-cloud-starter-netflix-eureka-server'),
    'gateway/pom.xml': pom('gateway', 'spring-cloud-starter-gateway'),
    'gateway/src/main/resources/application.yml': 'info:\n  version: @project.version@\nroutes:\n  account: http://account:6000\n',
    'auth/pom.xml': pom('auth'),
    'account/pom.xml': pom('account'),
    ...Object.fromEntries(services.map((s) => [`${s}/Dockerfile`, `FROM eclipse-temurin:21\nCOPY target/${s}.jar app.jar\n`])),
    'docker-compose.yml': ['services:', ...services.flatMap((s) => [`  ${s}:`, `    build: ${s}`, ...(s === 'config' ? [] : ['    depends_on:', '      - config'])]),
      '  account-db:', '    image: mongo:7', '  auth-db:', '    image: mongo:7', ''].join('\n'),
  });

  it("maps the config server's files to the services they configure, and reads Maven placeholders", async () => {
    const d = await discover(repo);
    const data = d.dependencies.filter((x) => x.kind !== 'depends-on').map((x) => `${x.from}->${x.to}`).sort();
    expect(data).toEqual(['account->account-db', 'account->auth', 'auth->auth-db', 'gateway->account']);
    expect(d.diagnostics.filter((x) => x.code === 'discover-unparseable')).toEqual([]);
  });

  it('counts the gateway as a unit and the config server and registry as platform resources', async () => {
    const d = await discover(repo);
    expect(d.units.filter((u) => u.deployable).map((u) => u.name)).toEqual(['gateway', 'auth', 'account']);
    expect(d.resources.filter((r) => r.type === 'other').map((r) => [r.name, r.technology])).toEqual([['config', 'config-server'], ['registry', 'service-registry']]);
  });

  it("still reads a service's own ./config/application.yml as its own", async () => {
    const own = new TestRepo('bank').commit('initial', {
      'auth/pom.xml': pom('auth'), 'auth/Dockerfile': 'FROM eclipse-temurin:21\n',
      'auth/config/application.yml': 'spring:\n  data:\n    mongodb:\n      uri: mongodb://auth-db:27017/auth\n',
      'docker-compose.yml': ['services:', '  auth:', '    build: auth', '  auth-db:', '    image: mongo:7', ''].join('\n'),
    });
    const d = await discover(own);
    expect(d.dependencies.map((x) => `${x.from}->${x.to}`)).toEqual(['auth->auth-db']);
  });
});
