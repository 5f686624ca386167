// The catalog suggest's and what-if's history tests share: two teams of two people, one System `shop`,
// and its services, each at its own folder of github.com/acme/shop; `owners` says who owns which.
const entity = (kind: string, name: string, spec: string, extra = '') => `apiVersion: backstage.io/v1alpha1\nkind: ${kind}\nmetadata: { name: ${name}${extra} }\nspec: ${spec}\n`;
const service = (name: string, owner: string) =>
  entity('Component', name, `{ type: service, lifecycle: production, owner: ${owner}, system: shop }`, `, annotations: { backstage.io/source-location: 'url:https://github.com/acme/shop/tree/main/${name}/' }`);

export function twoTeamShopCatalog(owners: Record<string, string>): string {
  return [
    entity('Group', 'red-team', '{ type: team, children: [] }'),
    entity('Group', 'blue-team', '{ type: team, children: [] }'),
    ...['rita', 'rob'].map((n) => entity('User', n, `{ profile: { email: ${n}@acme.test }, memberOf: [red-team] }`)),
    ...['bea', 'bill'].map((n) => entity('User', n, `{ profile: { email: ${n}@acme.test }, memberOf: [blue-team] }`)),
    entity('System', 'shop', '{ owner: red-team }'),
    ...Object.entries(owners).map(([name, owner]) => service(name, owner)),
  ].join('---\n');
}
