import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { TestRepo } from './git-repo.js';

const discover = (repo: TestRepo) => discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
const links = (d: Awaited<ReturnType<typeof discover>>) =>
  d.dependencies.filter((x) => x.kind !== 'depends-on' && x.kind !== 'library').map((x) => `${x.from}->${x.to} ${x.kind} ${x.evidence[0]?.file ?? ''}:${x.evidence[0]?.line ?? 0}`).sort();
const jvm = 'FROM eclipse-temurin:21\nCOPY target/app.jar app.jar\n';
const compose = (...services: string[]) => ['services:', ...services.flatMap((s) => [`  ${s}:`, `    build: ./${s}`]), '  db:', '    image: postgres:16', '  cache:', '    image: redis:7', ''].join('\n');

describe('service calls written in code', () => {
  const repo = new TestRepo('shop').commit('initial', {
    'docker-compose.yml': compose('orders', 'billing'),
    'orders/Dockerfile': jvm, 'billing/Dockerfile': jvm,
    'orders/src/main/java/shop/orders/Endpoints.java': [
      'package shop.orders;',
      'final class Endpoints {',
      '  static final String CHARGE = "http://billing:9000/charge";',
      '  static final String SELF = "http://orders:8080/health";',
      '  static final String STRIPE = "https://api.stripe.com/v1";',
      '  static final String CACHE = "redis://cache:6379";',
      '}', '',
    ].join('\n'),
    'billing/src/test/java/shop/billing/OrdersIT.java': 'class OrdersIT { String url = "http://orders:8080"; }\n',
    'billing/src/main/java/shop/billing/Db.java': 'class Db { String url = "http://db:5432"; }\n',
  });

  it('link the unit to the unit a URL constant names, with the line', async () => {
    expect(links(await discover(repo))).toEqual(['orders->billing service-reference orders/src/main/java/shop/orders/Endpoints.java:3']);
  });

  it('do not link a unit to itself, to an external host, to a datastore named in code, or from tests', async () => {
    const d = await discover(repo);
    expect(d.dependencies.filter((x) => x.from === 'billing' || x.to === 'orders' || x.toKind === 'resource')).toEqual([]);
  });
});

describe('service discovery names', () => {
  const pom = (artifact: string) => `<project><artifactId>${artifact}</artifactId><version>1.0</version><build><plugins><plugin><artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build></project>\n`;
  const repo = new TestRepo('shop').commit('initial', {
    'docker-compose.yml': compose('orders', 'billing', 'gateway', 'invoices'),
    ...Object.fromEntries(['orders', 'billing', 'gateway', 'invoices'].flatMap((s) => [[`${s}/Dockerfile`, jvm], [`${s}/pom.xml`, pom(s)]])),
    'orders/src/main/resources/application.yml': 'spring:\n  application:\n    name: order-service\n',
    'billing/src/main/resources/application.properties': 'spring.application.name=billing-service\norders.url=${ORDERS_URL:http://order-service:8080}\n',
    'invoices/src/main/resources/application.yml': 'micronaut.application.name: invoice-service\n',
    'gateway/src/main/resources/application.yml': 'spring:\n  cloud:\n    gateway:\n      routes:\n        - id: orders\n          uri: lb://order-service\n',
    'billing/src/main/java/shop/billing/InvoiceClient.java': 'import io.micronaut.http.client.annotation.Client;\n@Client(id = "invoice-service", path = "/invoices")\ninterface InvoiceClient {}\n',
    'orders/src/main/java/shop/orders/BillingClient.java': 'import org.springframework.cloud.openfeign.FeignClient;\n@FeignClient(name = "billing-service")\ninterface BillingClient {}\n',
  });

  it('(spring/micronaut.application.name) reach the unit: lb:// routes, ${KEY:default} URLs, Feign and Micronaut clients', async () => {
    expect(links(await discover(repo))).toEqual([
      'billing->invoices service-reference billing/src/main/java/shop/billing/InvoiceClient.java:2',
      'billing->orders host-reference billing/src/main/resources/application.properties:2',
      'gateway->orders host-reference gateway/src/main/resources/application.yml:6',
      'orders->billing service-reference orders/src/main/java/shop/orders/BillingClient.java:2',
    ]);
  });
});

describe('Kubernetes Service DNS names', () => {
  it('(name.namespace.svc.cluster.local) reach the workload the Service selects', async () => {
    const deployment = (name: string, env = '') => [
      'apiVersion: apps/v1', 'kind: Deployment', `metadata:\n  name: ${name}`, 'spec:', '  template:', `    metadata:\n      labels:\n        app: ${name}`,
      '    spec:', '      containers:', `        - name: ${name}`, `          image: shop/${name}:1.0`, ...(env ? ['          env:', '            - name: ORDERS_URL', `              value: ${env}`] : []), '---', '',
    ].join('\n');
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: orders-api\nspec:\n  selector:\n    app: orders\n';
    const d = await discover(new TestRepo('shop').commit('initial', {
      'k8s/orders.yaml': deployment('orders') + service,
      'k8s/billing.yaml': deployment('billing', 'http://orders-api.shop.svc.cluster.local:8080'),
      'k8s/audit.yaml': deployment('audit', 'http://orders-api.shop.example.com:8080'),
    }));
    expect(links(d)).toEqual(['billing->orders host-reference k8s/billing.yaml:16']);
  });
});
