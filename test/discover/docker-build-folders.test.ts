import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { TestRepo } from './git-repo.js';

describe('compose build folders under docker/', () => {
  // The builder reads a lower-case `dockerfile` when the context has no `Dockerfile`; a folder that only
  // configures MySQL or Redis is infrastructure, and one that copies a module's jar is that module's image.
  const repo = new TestRepo('shop').commit('initial', {
    'pom.xml': '<project><artifactId>shop</artifactId><packaging>pom</packaging><modules><module>orders-service</module></modules></project>\n',
    'orders-service/pom.xml': '<project><artifactId>orders-service</artifactId><version>2.0</version><build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>\n',
    'orders-service/src/main/java/shop/Orders.java': 'class Orders {}\n',
    'docker/mysql/dockerfile': 'FROM mysql:5.7\nADD ./db/*.sql /docker-entrypoint-initdb.d/\n',
    'docker/redis/dockerfile': 'FROM redis\nCOPY ./conf/redis.conf /home/redis/redis.conf\n',
    'docker/orders/dockerfile': 'FROM openjdk:17\nCOPY ./jar/orders-service-2.0.jar /home/orders-service.jar\nENTRYPOINT ["java","-jar","/home/orders-service.jar"]\n',
    'docker/docker-compose.yml': ['services:', ...['mysql', 'redis', 'orders'].flatMap((s) => [`  shop-${s}:`, '    build:', `      context: ./${s}`]), ''].join('\n'),
  });

  it('are resources when they configure infrastructure, and the module they copy in otherwise', async () => {
    const d = await discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
    expect(d.units.filter((u) => u.deployable).map((u) => [u.name, u.sourceDir])).toEqual([['shop-orders', 'orders-service']]);
    expect(d.resources.map((r) => [r.name, r.type, r.technology])).toEqual([['shop-mysql', 'database', 'mysql'], ['shop-redis', 'cache', 'redis']]);
  });
});
