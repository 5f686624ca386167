import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import type { ArtifactCoupling } from '../../src/result/index.js';
import { TestRepo } from './git-repo.js';

const pom = (artifact: string, deps: string[], isService: boolean) =>
  [`<project><groupId>shop</groupId><artifactId>${artifact}</artifactId><version>1.0</version>`, '<dependencies>',
    ...deps.map((d) => `<dependency><groupId>shop</groupId><artifactId>${d}</artifactId><version>1.0</version></dependency>`),
    '</dependencies>', ...(isService ? ['<build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>'] : []),
    '</project>', ''].join('\n');

/** Two Spring services (orders, users) and one common module every one of them depends on. */
function shop(name: string, common: Record<string, string>): TestRepo {
  const files: Record<string, string> = {
    'pom.xml': '<project><groupId>shop</groupId><artifactId>shop</artifactId><version>1.0</version><modules><module>shop-common</module><module>orders</module><module>users</module></modules></project>\n',
    'shop-common/pom.xml': pom('shop-common', [], false),
  };
  for (const [path, text] of Object.entries(common)) files[`shop-common/src/main/java/shop/common/${path}`] = text;
  for (const service of ['orders', 'users']) {
    files[`${service}/pom.xml`] = pom(service, ['shop-common'], true);
    files[`${service}/Dockerfile`] = `FROM eclipse-temurin:21\nCOPY target/${service}.jar app.jar\n`;
    files[`${service}/src/main/java/shop/${service}/Application.java`] = `package shop.${service};\nimport shop.common.dto.Result;\nclass Application {}\n`;
  }
  return new TestRepo(name).commit('initial', files);
}

const librariesOf = async (repo: TestRepo) => (await discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true })).evidence
  .filter((e): e is Extract<ArtifactCoupling, { kind: 'shared-library' }> => e.kind === 'shared-library');

describe('a common module every service uses', () => {
  it('of result wrappers, DTOs, enums and utilities is shared plumbing, not a domain library', async () => {
    const repo = shop('plumbing', {
      'dto/Result.java': 'package shop.common.dto;\npublic class Result<T> { T data; int code; }\n',
      'dto/PageResult.java': 'package shop.common.dto;\npublic class PageResult {}\n',
      'enums/OrderStatus.java': 'package shop.common.enums;\npublic enum OrderStatus { NEW, PAID }\n',
      'model/UserToken.java': 'package shop.common.model;\npublic class UserToken { String token; }\n',
      'util/Md5.java': 'package shop.common.util;\npublic class Md5 {}\n',
    });
    const [common] = await librariesOf(repo);
    expect(common).toMatchObject({ library: 'component:default/shop-common', share: 1, coupled: false, holdsDomainTypes: false, domainHints: [] });
  });

  it('of entities and their mappers couples every service that imports it', async () => {
    const repo = shop('entities', {
      'entity/Order.java': 'package shop.common.entity;\n@TableName("orders")\npublic class Order { Long id; }\n',
      'mapper/OrderMapper.java': 'package shop.common.mapper;\npublic interface OrderMapper {}\n',
    });
    const [common] = await librariesOf(repo);
    expect(common).toMatchObject({ library: 'component:default/shop-common', coupled: true, holdsDomainTypes: true });
    expect(common?.domainHints).toEqual(['folders entity, mapper', expect.stringMatching(/^ORM marker @TableName\( at .*shop-common\/src\/main\/java\/shop\/common\/entity\/Order\.java:2/)]);
  });
});
