import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import type { ArtifactCoupling } from '../../src/result/index.js';
import { TestRepo } from './git-repo.js';

const pom = (artifact: string) => `<project><artifactId>${artifact}</artifactId><version>1.0</version><build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>\n`;

/** Spring services whose only datasource is a database on localhost; no compose or manifest declares the server. */
function localShop(name: string, databases: Record<string, string>): TestRepo {
  const files: Record<string, string> = {};
  for (const [service, database] of Object.entries(databases)) {
    files[`${service}/pom.xml`] = pom(service);
    files[`${service}/Dockerfile`] = `FROM eclipse-temurin:21\nCOPY target/${service}.jar app.jar\n`;
    files[`${service}/src/main/resources/application.properties`] = `spring.application.name=${service}\nspring.datasource.url=jdbc:mysql://localhost:3306/${database}?useSSL=false\n`;
  }
  return new TestRepo(name).commit('initial', files);
}

const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
const coupledData = (evidence: readonly ArtifactCoupling[]) => evidence.filter((e) => e.kind === 'shared-datastore' && e.coupled);

describe('databases named on localhost with no server declared', () => {
  it('are databases on the local server: one each is each unit its own datastore', async () => {
    const d = await discover(localShop('own', { 'user-service': 'user_db', 'order-service': 'order_db' }));
    expect(d.resources.map((r) => [r.name, r.type, r.databases])).toEqual([['local-mysql', 'database', ['order_db', 'user_db']]]);
    expect(d.dependencies.map((x) => [x.from, x.to, x.database]).sort()).toEqual([['order-service', 'local-mysql', 'order_db'], ['user-service', 'local-mysql', 'user_db']]);
    expect(coupledData(d.evidence)).toEqual([]);
  });

  it('one database named by units of two contexts is shared data', async () => {
    const d = await discover(localShop('shared', { 'admin-service': 'mall', 'portal-service': 'mall' }));
    expect(coupledData(d.evidence)).toHaveLength(1);
  });
});
