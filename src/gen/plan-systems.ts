import { api, component, resource, system, type GenEntity } from './entities.js';
import { INFRA, LIBRARIES, SERVICES, TOOLS } from './names.js';
import type { Team, TeamKind } from './plan-teams.js';
import type { Prng } from '../util/prng.js';

/** Who a team leans on: its platform team, the SRE team running its monolith, an earlier product team. */
export interface Neighbours {
  platform?: Team;
  /** The first platform team, whose observability stack every service reports to: an org-wide hub. */
  hub?: Team;
  sre?: Team;
  upstream?: Team;
  /** The legacy team that co-owns this team's micro-monolith (split ownership), if any. */
  partner?: Team;
}

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(max, value));
const numbered = (words: readonly string[], i: number): string => `${words[i % words.length] ?? 'part'}${i >= words.length ? `-${Math.floor(i / words.length) + 1}` : ''}`;
const serviceName = (team: Team, i: number): string => `${team.name}-${numbered(SERVICES, i)}`;

/** The API an earlier product team's first service provides, for cross-team consumption. */
export const firstApiOf = (team: Team): string => `${serviceName(team, 0)}-api`;

function infraOf(neighbours: Neighbours, prng: Prng): string[] {
  const platform = neighbours.platform;
  if (!platform) return [];
  const refs = [`resource:${platform.name}-${INFRA[0].name}`];
  if (neighbours.hub) refs.push(`resource:${neighbours.hub.name}-${INFRA[2].name}`);
  if (prng.chance(0.5)) refs.push(`resource:${platform.name}-${INFRA[1].name}`);
  return refs;
}

function filler(team: Team, sys: string, count: number, words: readonly string[], type: string): GenEntity[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => component({ name: `${team.name}-${numbered(words, i)}`, type, owner: team.name, system: sys }));
}

/** Microservices: each service with its own database and API, calling the next one through its API. */
function product(team: Team, n: Neighbours, prng: Prng): GenEntity[] {
  const sys = `${team.name}-services`;
  const count = Math.min(team.quota, clamp(Math.floor(team.quota / 2), 2, 6));
  const out: GenEntity[] = [system(sys, team.name)];
  for (let i = 0; i < count; i++) {
    const name = serviceName(team, i);
    const consumes = i + 1 < count ? [`${serviceName(team, i + 1)}-api`] : [];
    if (i === 0 && n.upstream && prng.chance(0.6)) consumes.push(firstApiOf(n.upstream));
    const dependsOn = [`resource:${name}-db`, ...infraOf(n, prng)];
    out.push(component({ name, type: 'service', owner: team.name, system: sys, providesApis: [`${name}-api`], consumesApis: consumes, dependsOn }));
    out.push(api(`${name}-api`, team.name, sys), resource(`${name}-db`, 'database', team.name, sys));
  }
  return [...out, ...filler(team, sys, team.quota - count, LIBRARIES, 'library')];
}

/** A monolith built by developers and run by an SRE team. */
function builder(team: Team, n: Neighbours, prng: Prng): GenEntity[] {
  const sys = `${team.name}-monolith`;
  const annotations: Record<string, string> = { 'teamfit.dev/architecture': 'monolith' };
  if (n.sre) annotations['teamfit.dev/operated-by'] = `group:${n.sre.name}`;
  const app = component({ name: `${team.name}-app`, type: 'service', owner: team.name, system: sys, dependsOn: [`resource:${team.name}-db`, ...infraOf(n, prng)] });
  return [system(sys, team.name, annotations), app, resource(`${team.name}-db`, 'database', team.name, sys), ...filler(team, sys, team.quota - 1, LIBRARIES, 'library')];
}

/** A micro-monolith: services sharing one database, calling each other in a cycle, sometimes split between two teams. */
function legacy(team: Team, n: Neighbours, prng: Prng): GenEntity[] {
  const sys = `${team.name}-legacy`;
  const count = Math.min(team.quota, clamp(Math.floor(team.quota * 0.4), 3, 5));
  const shared = `resource:${team.name}-shared-db`;
  const out: GenEntity[] = [system(sys, team.name), resource(`${team.name}-shared-db`, 'database', team.name, sys)];
  for (let i = 0; i < count; i++) {
    const next = count > 1 ? [`component:${serviceName(team, (i + 1) % count)}`] : [];
    const owner = i === count - 1 && n.partner ? n.partner.name : team.name;
    out.push(component({ name: serviceName(team, i), type: 'service', owner, system: sys, dependsOn: [shared, ...next, ...infraOf(n, prng)], sourceRepo: `${team.name}/${numbered(SERVICES, i)}` }));
  }
  return [...out, ...filler(team, sys, team.quota - count, LIBRARIES, 'library')];
}

/** SRE teams own their tooling (not deployable); what they run is declared on the systems they run. */
function sre(team: Team): GenEntity[] {
  const sys = `${team.name}-tooling`;
  return [system(sys, team.name), ...filler(team, sys, team.quota, TOOLS, 'tool')];
}

/** Platform (insourcing) teams own the shared infrastructure other teams' services depend on. */
function platform(team: Team): GenEntity[] {
  const sys = `${team.name}-infrastructure`;
  const infra = INFRA.map((item) => resource(`${team.name}-${item.name}`, item.type, team.name, sys));
  return [system(sys, team.name), ...infra, ...filler(team, sys, team.quota, TOOLS, 'tool')];
}

/** The anti-pattern: a team called DevOps that owns a deployable system. */
function devops(team: Team, n: Neighbours, prng: Prng): GenEntity[] {
  const sys = `${team.name}-delivery`;
  const bot = component({ name: `${team.name}-deploy-bot`, type: 'service', owner: team.name, system: sys, dependsOn: infraOf(n, prng) });
  return [system(sys, team.name), bot, ...filler(team, sys, team.quota - 1, TOOLS, 'tool')];
}

const PLANNERS: Record<TeamKind, (team: Team, n: Neighbours, prng: Prng) => GenEntity[]> = { product, builder, legacy, sre, platform, devops };

export function planSystems(team: Team, neighbours: Neighbours, prng: Prng): GenEntity[] {
  return PLANNERS[team.kind](team, neighbours, prng);
}
