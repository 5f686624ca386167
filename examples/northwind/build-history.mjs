#!/usr/bin/env node
// Builds the git repositories of the Northwind example, with a year of history, so that
// `teamfit analyze examples/northwind --repos-dir <dir>` has git evidence to read.
//
//   node examples/northwind/build-history.mjs [dir]     (default: .teamfit/northwind-repos)
//
// Each repository gets the remote its components name in backstage.io/source-location, commits by the
// people in org/users.yaml (and a dependency bot), dated over the last twelve months. The history is
// written with one `git fast-import` per repository, so it takes a second or two. Same dir, same result
// (but for the dates, which follow today's date).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const target = resolve(process.argv[2] ?? '.teamfit/northwind-repos');
const DAY = 86_400;
const start = Math.floor(Date.now() / 1000) - 360 * DAY;

const people = Object.fromEntries(
  [
    'tomas.berg', 'amara.okafor', 'lucas.moreau', 'hana.sato', 'priya.raman', 'jonas.keller', 'elena.petrova',
    'samuel.adeyemi', 'clara.jensen', 'mateo.garcia', 'yuki.tanaka', 'oliver.hughes', 'fatima.zahra',
    'noah.fischer', 'aisha.bello', 'liam.byrne', 'sofia.rossi', 'daniel.kim', 'marta.nowak', 'kwame.mensah',
    'rachel.cohen', 'arjun.mehta', 'lena.vogel', 'peter.walsh', 'nina.larsen', 'omar.haddad', 'grace.liu',
    'marco.bianchi', 'julia.schmidt', 'victor.alves',
  ].map((id) => [id, { name: id.split('.').map((p) => p[0].toUpperCase() + p.slice(1)).join(' '), email: `${id}@northwind.example` }]),
);
const bot = { name: 'renovate[bot]', email: '29139614+renovate[bot]@users.noreply.github.com' };

const teams = {
  storefront: ['tomas.berg', 'amara.okafor', 'lucas.moreau', 'hana.sato'],
  sre: ['rachel.cohen', 'arjun.mehta', 'lena.vogel'],
  courier: ['noah.fischer', 'aisha.bello', 'liam.byrne', 'sofia.rossi'],
  routing: ['daniel.kim', 'marta.nowak', 'kwame.mensah'],
  orders: ['samuel.adeyemi', 'clara.jensen', 'mateo.garcia'],
  warehouse: ['yuki.tanaka', 'oliver.hughes', 'fatima.zahra'],
  payments: ['priya.raman', 'jonas.keller', 'elena.petrova'],
  platform: ['nina.larsen', 'omar.haddad', 'grace.liu'],
};

/** A repository: its remote path and its commits, each [author id or bot, subject, files]. */
const repositories = new Map();
function repo(path) {
  if (!repositories.has(path)) repositories.set(path, []);
  return repositories.get(path);
}
const pick = (list, i) => list[i % list.length];

// Storefront: one big application, grown by four developers; SRE touches only deployment files.
for (let i = 0; i < 48; i++) repo('shop/storefront').push([pick(teams.storefront, i), `Storefront change ${i}`, [`app/${pick(['cart', 'checkout', 'search', 'account', 'promotions'], i)}/module${i % 9}.rb`, `lib/pricing/rule${i % 5}.rb`]]);
for (let i = 0; i < 10; i++) repo('shop/storefront').push([pick(teams.sre, i), `Tune deployment ${i}`, ['deploy/k8s/storefront.yaml', 'Dockerfile']]);
// Delivery: each service changed by its own team only.
const delivery = { 'delivery-slots': 'courier', 'courier-dispatch': 'courier', 'courier-tracking': 'courier', 'route-planner': 'routing', 'eta-service': 'routing' };
for (const [service, team] of Object.entries(delivery)) {
  for (let i = 0; i < 14; i++) repo(`delivery/${service}`).push([pick(teams[team], i + service.length), `${service}: change ${i}`, [`src/${pick(['api', 'domain', 'store'], i)}/file${i % 4}.go`, ...(i % 5 === 0 ? ['.github/workflows/ci.yml'] : [])]]);
}
// Fulfilment: orders and the warehouse services change together under the same tickets, across
// repositories and across teams; orders people edit pick-pack; warehouse people edit stock-sync,
// which the DevOps team owns.
for (let i = 0; i < 16; i++) {
  const ticket = `FUL-${100 + i}`;
  repo('fulfilment/orders').push([pick(teams.orders, i), `${ticket} order status flow`, [`src/orders/status${i % 3}.kt`]]);
  repo('fulfilment/warehouse').push([pick(teams.warehouse, i), `${ticket} pick and stock together`, [`pick-pack/src/picking${i % 4}.kt`, `inventory/src/stock${i % 3}.kt`]]);
  if (i % 2 === 0) repo('fulfilment/warehouse').push([pick(teams.orders, i), `${ticket} orders needs a pick-pack change`, [`pick-pack/src/orders-hook${i % 2}.kt`]]);
  if (i % 2 === 0) repo('fulfilment/warehouse').push([pick(teams.orders, i + 1), `${ticket} more pick-pack for orders`, [`pick-pack/src/status-sync${i % 3}.kt`]]);
  if (i % 3 === 0) repo('fulfilment/warehouse').push([pick(teams.warehouse, i), `${ticket} stock-sync mapping`, [`stock-sync/src/sync${i % 2}.kt`]]);
  repo('fulfilment/fulfilment-model').push([pick([...teams.orders, ...teams.warehouse], i), `${ticket} shared order model`, [`src/model/Order${i % 4}.kt`]]);
}
// Payments: built by payments-devs; refunds is known by one person; CODEOWNERS makes SRE gate the gateway.
repo('payments/payment-gateway').push(['priya.raman', 'Add CODEOWNERS', ['.github/CODEOWNERS']]);
for (let i = 0; i < 14; i++) repo('payments/payment-gateway').push([pick(teams.payments, i), `Gateway change ${i}`, [`src/gateway/handler${i % 5}.ts`]]);
for (let i = 0; i < 12; i++) repo('payments/fraud-scoring').push([pick(teams.payments, i + 1), `Scoring change ${i}`, [`src/score/model${i % 4}.py`]]);
for (let i = 0; i < 14; i++) repo('payments/refunds').push([i === 7 ? 'jonas.keller' : 'elena.petrova', `Refunds change ${i}`, [`src/refunds/flow${i % 3}.ts`, `src/refunds/ledger${i % 2}.ts`]]);
// Platform and others.
for (let i = 0; i < 10; i++) repo('platform/nw-deploy').push([pick(teams.platform, i), `nw-deploy ${i}`, [`cmd/deploy${i % 3}.go`]]);
for (let i = 0; i < 6; i++) repo('sre/runbooks').push([pick(teams.sre, i), `Runbook ${i}`, [`runbooks/page${i}.md`]]);
for (let i = 0; i < 8; i++) repo('tberg/admin-portal').push(['tomas.berg', `Admin portal ${i}`, [`src/admin/view${i % 3}.tsx`]]);
for (let i = 0; i < 5; i++) repo('data/clickstream-schema').push([pick(teams.storefront, i), `Schema ${i}`, [`schema/event${i}.avsc`]]);
// A dependency bot sweeps through every repository: left out of people metrics and of coupling.
for (const commits of repositories.values()) {
  for (let i = 0; i < 3; i++) commits.splice(2 + i * 5, 0, ['bot', `Update dependency lodash to v4.17.${20 + i}`, ['package.json', 'package-lock.json']]);
}

const CODEOWNERS = '* @northwind/payments-devs @northwind/site-reliability\n';

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
let clock = start;
let offset = 0;
for (const [path, commits] of repositories) {
  // Each repository's schedule starts on another day, so one person's work in two repositories is not
  // on the same day by construction.
  offset += 3 * DAY + 7919;
  const dir = join(target, path.split('/')[1]);
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['remote', 'add', 'origin', `https://git.northwind.example/${path}.git`]);
  const step = Math.floor((300 * DAY) / commits.length);
  const chunks = [];
  commits.forEach(([who, subject, files], index) => {
    const author = who === 'bot' ? bot : people[who];
    const when = start + offset + index * step + (clock++ % 3600);
    chunks.push(`commit refs/heads/main\nmark :${index + 1}\n`);
    chunks.push(`author ${author.name} <${author.email}> ${when} +0000\ncommitter ${author.name} <${author.email}> ${when} +0000\n`);
    chunks.push(data(subject));
    if (index > 0) chunks.push(`from :${index}\n`);
    for (const file of files) chunks.push(`M 100644 inline ${file}\n`, data(file.endsWith('CODEOWNERS') ? CODEOWNERS : `// ${path} ${file} revision ${index}\n`));
    chunks.push('\n');
  });
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: chunks.join(''), env: gitEnv() });
  git(dir, ['checkout', '-q', 'main']);
}
console.log(`wrote ${repositories.size} repositories to ${target}`);

function data(text) {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

function git(cwd, args) {
  execFileSync('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
}

function gitEnv() {
  return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Northwind', GIT_AUTHOR_EMAIL: 'git@northwind.example', GIT_COMMITTER_NAME: 'Northwind', GIT_COMMITTER_EMAIL: 'git@northwind.example' };
}
