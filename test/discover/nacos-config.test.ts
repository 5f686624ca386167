import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { nacosConfigRows } from '../../src/discover/manifests/nacos-config-sql.js';
import type { ArtifactCoupling } from '../../src/result/index.js';
import { TestRepo } from './git-repo.js';

const pom = (artifact: string) => [`<project><groupId>shop</groupId><artifactId>${artifact}</artifactId><version>1.0</version>`,
  '<build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>', ''].join('\n');
const bootstrap = (name: string) => `spring:\n  application:\n    name: ${name}\n  cloud:\n    nacos:\n      config:\n        server-addr: 127.0.0.1:8848\n`;
const sqlString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const datasource = (database: string) => `# datasource\nspring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/${database}?useSSL=false\n`;

/**
 * Two Spring Cloud services registered as `shop-orders` and `shop-users`; their datasources live only in the
 * Nacos configuration the repository ships as SQL (one multi-row insert, one single-row insert with backticks).
 */
function nacosShop(name: string, ordersDb: string, usersDb: string): TestRepo {
  const files: Record<string, string> = {
    'pom.xml': '<project><artifactId>shop</artifactId><packaging>pom</packaging><modules><module>shop-orders</module><module>shop-users</module></modules></project>\n',
    'docker/docker-compose.yml': ['services:', '  shop-mysql:', '    image: mysql:8', '  shop-orders:', '    build:', '      context: ./orders',
      '  shop-users:', '    build:', '      context: ./users', ''].join('\n'),
    'sql/shop_config.sql': [
      '-- Nacos configuration',
      'insert into config_info(id, data_id, group_id, content, type) values',
      `(1,'application-dev.yml','DEFAULT_GROUP',${sqlString('spring:\n  redis:\n    host: shop-redis\n')},'yaml'),`,
      `(2,'shop-orders-dev.yml','DEFAULT_GROUP',${sqlString(datasource(ordersDb))},'yaml'),`,
      `(3,'sentinel-shop-orders','DEFAULT_GROUP','[{"resource": "jdbc:mysql://elsewhere:3306/other"}]','json');`,
      `INSERT INTO \`config_info\` (\`id\`, \`data_id\`, \`group_id\`, \`content\`, \`type\`) VALUES (4, 'shop-users-dev.yml', 'DEFAULT_GROUP', ${sqlString(datasource(usersDb))}, 'yaml');`,
      '',
    ].join('\n'),
  };
  for (const service of ['orders', 'users']) {
    files[`shop-${service}/pom.xml`] = pom(`shop-${service}`);
    files[`shop-${service}/src/main/resources/bootstrap.yml`] = bootstrap(`shop-${service}`);
    // The compose build folder under docker/ copies the module's jar: it is that module's image.
    files[`docker/${service}/dockerfile`] = `FROM eclipse-temurin:21\nCOPY ./jar/shop-${service}.jar /app/shop-${service}.jar\n`;
  }
  return new TestRepo(name).commit('initial', files);
}

const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
const sharedData = (evidence: readonly ArtifactCoupling[]) => evidence.filter((e) => e.kind === 'shared-datastore' && e.coupled);

describe('service configuration held by Nacos in SQL', () => {
  it("maps each data_id to its service and reads its datasource as that service's", async () => {
    const d = await discover(nacosShop('one-db', 'shop', 'shop'));
    expect(d.units.filter((u) => u.deployable).map((u) => [u.name, u.sourceDir])).toEqual([['shop-orders', 'shop-orders'], ['shop-users', 'shop-users']]);
    const data = d.dependencies.filter((x) => x.toKind === 'resource').map((x) => [x.from, x.to, x.database, x.evidence.map((e) => `${e.file}:${e.line}`)]);
    expect(data).toEqual([
      ['shop-orders', 'shop-mysql', 'shop', ['sql/shop_config.sql:4']],
      ['shop-users', 'shop-mysql', 'shop', ['sql/shop_config.sql:6']],
    ]);
    // One database for both contexts: the coupling the model calls a shared database.
    expect(sharedData(d.evidence)).toHaveLength(1);
  });

  it('a database per service on one server is no coupling', async () => {
    const d = await discover(nacosShop('own-dbs', 'orders_db', 'users_db'));
    expect(d.dependencies.filter((x) => x.toKind === 'resource').map((x) => x.database)).toEqual(['orders_db', 'users_db']);
    expect(sharedData(d.evidence)).toEqual([]);
  });
});

describe('reading config_info inserts', () => {
  it('takes columns from the statement and undoes MySQL string escapes', () => {
    const sql = [
      "INSERT INTO config_info (data_id, content, md5) VALUES ('a-dev.yml', 'x: \\'1\\'\\nit''s: \"y\"', NULL),",
      "  ('b.properties', 'k=v\\\\w', 'f00');",
      "insert into users (username) values ('nacos');",
    ].join('\n');
    expect(nacosConfigRows(sql)).toEqual([
      { dataId: 'a-dev.yml', content: "x: '1'\nit's: \"y\"", line: 1 },
      { dataId: 'b.properties', content: 'k=v\\w', line: 2 },
    ]);
  });
});
