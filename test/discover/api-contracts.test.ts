import { describe, expect, it } from 'vitest';
import { discoverRepository } from '../../src/discover/index.js';
import { analyze } from '../../src/run.js';
import { runTeamfit } from '../cli/run-teamfit.js';
import { TestRepo } from './git-repo.js';

const go = 'FROM golang:1.22\n';
const proto = 'syntax = "proto3";\nservice CartService {\n  rpc Get (Req) returns (Cart);\n}\nservice CurrencyService {\n  rpc Convert (Req) returns (Money);\n}\n';
const files = {
  'protos/shop.proto': proto,
  'cartservice/Dockerfile': go, 'cartservice/main.go': 'package main\n',
  'currency/Dockerfile': go, 'currency/main.go': 'package main\n',
  'checkout/Dockerfile': go,
  'checkout/main.go': 'package main\nfunc main() { c := pb.NewCartServiceClient(conn); _ = c }\n',
  // Generated stubs name every client of the contract: they show who holds it, not who calls.
  'currency/genproto/shop_grpc.pb.go': 'func NewCartServiceClient(cc grpc.ClientConnInterface) CartServiceClient { return nil }\n',
  'checkout/openapi.yaml': 'openapi: 3.0.0\ninfo:\n  title: Checkout API\npaths: {}\n',
  'compose.yaml': ['services:', '  cartservice:', '    build: ./cartservice', '  currency:', '    build: ./currency', '  checkout:', '    build: ./checkout',
    '    environment:', '      CART_ADDR: cartservice:7070', ''].join('\n'),
};

describe('API contracts attributed to units', () => {
  it('are served by the unit named after the service (or holding the contract) and called by the unit naming its client', async () => {
    const repo = new TestRepo('shop').commit('initial', files);
    const d = await discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
    const contracts = d.evidence.find((e) => e.kind === 'api-contracts');
    expect(contracts?.units).toEqual(['component:default/checkout', 'component:default/cartservice', 'component:default/currency']);
    expect(contracts?.evidence).toEqual([
      'checkout/openapi.yaml: openapi Checkout API (served by checkout)',
      'protos/shop.proto: proto CartService, CurrencyService (served by cartservice, currency; called by checkout)',
    ]);
  });

  it('become API entities (grpc/openapi, definition by $text) with providesApis and consumesApis; a call through an API is not also a dependsOn', async () => {
    const repo = new TestRepo('shop').commit('initial', files);
    const d = await discoverRepository(repo.dir, { cwd: repo.dir, noHistory: true });
    const apis = d.entities.filter((e) => e.kind === 'API').map((e) => [e.metadata.name, e.spec.type, e.spec.definition]);
    expect(apis).toEqual([
      ['checkout-api', 'openapi', { $text: './checkout/openapi.yaml' }],
      ['cart-service', 'grpc', { $text: './protos/shop.proto' }],
      ['currency-service', 'grpc', { $text: './protos/shop.proto' }],
    ]);
    const checkout = d.entities.find((e) => e.kind === 'Component' && e.metadata.name === 'checkout');
    expect(checkout?.spec).toMatchObject({ providesApis: ['api:default/checkout-api'], consumesApis: ['api:default/cart-service'] });
    expect(checkout?.spec.dependsOn).toBeUndefined();
    const init = await runTeamfit(['init', '.', '--output', '-', '--no-history'], { cwd: repo.dir });
    expect(init.stdout).toContain('kind: API\nmetadata:\n  name: cart-service');
    expect(init.stdout).toContain('definition:\n    $text: ./protos/shop.proto');
  });

  it('count as independence only when units serve or call them: a contract nothing here serves is no boundary between units', async () => {
    const served = await analyze({ paths: ['.'], cwd: new TestRepo('shop').commit('initial', files).dir });
    const signal = (result: typeof served) => result.systems[0]?.architecture.signals.find((s) => s.id === 'artifact-api-contracts');
    expect(signal(served)).toMatchObject({ value: 3, pushes: 'microservices', weight: 0.1 });
    const unserved = await analyze({ paths: ['.'], cwd: new TestRepo('shop').commit('initial', {
      'vendor-apis/payments.proto': 'syntax = "proto3";\nservice PaymentGateway {}\n',
      'orders/Dockerfile': go, 'billing/Dockerfile': go,
      'compose.yaml': ['services:', '  orders:', '    build: ./orders', '  billing:', '    build: ./billing', ''].join('\n'),
    }).dir });
    expect(signal(unserved)).toMatchObject({ value: 0, pushes: 'none', weight: 0 });
  });
});
