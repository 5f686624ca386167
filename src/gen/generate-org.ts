import { stringify } from 'yaml';
import { entity, type GenEntity } from './entities.js';
import { planSystems, type Neighbours } from './plan-systems.js';
import { planPeople, planTeams, type Team, type TeamKind } from './plan-teams.js';
import { Prng } from '../util/prng.js';

export interface GenerateOptions {
  teams: number;
  /** Components in all (about ten per team is realistic). */
  components: number;
  seed: number;
}

export interface GeneratedFile {
  /** POSIX path relative to the output directory. */
  path: string;
  text: string;
}

/**
 * A synthetic organisation as catalog files: a group tree, users with roles, systems of every
 * architecture, APIs, resources, shared infrastructure, cycles and shared databases. The same options give
 * byte-identical files.
 */
export function generateOrg(options: GenerateOptions): GeneratedFile[] {
  const { teams: teamCount, components, seed } = options;
  if (!Number.isInteger(teamCount) || teamCount < 1) throw new RangeError(`--teams must be a positive integer (got ${teamCount})`);
  if (!Number.isInteger(components) || components < teamCount) throw new RangeError(`--components must be an integer of at least --teams (got ${components})`);
  if (!Number.isInteger(seed)) throw new RangeError(`--seed must be an integer (got ${seed})`);

  const prng = new Prng(seed);
  const teams = planTeams(teamCount, components, prng);
  const { groups, usersByDepartment } = planPeople(teams, prng);
  const systemsByDepartment = new Map<string, GenEntity[]>();
  for (const team of teams) {
    const list = systemsByDepartment.get(team.department) ?? [];
    list.push(...planSystems(team, neighboursOf(team, teams), prng));
    systemsByDepartment.set(team.department, list);
  }

  const files: GeneratedFile[] = [{ path: 'org/groups.yaml', text: serialise(groups) }];
  for (const [department, users] of usersByDepartment) files.push({ path: `departments/${department}/users.yaml`, text: serialise(users) });
  for (const [department, list] of systemsByDepartment) files.push({ path: `departments/${department}/systems.yaml`, text: serialise(list) });
  const location = entity('Location', { name: 'acme-catalog', description: 'Every catalog file of Acme Corp' }, { type: 'file', targets: files.map((file) => `./${file.path}`) });
  return [{ path: 'catalog-info.yaml', text: serialise([location]) }, ...files];
}

function serialise(entities: readonly GenEntity[]): string {
  return entities.map((item) => stringify(item, { lineWidth: 0 })).join('---\n');
}

/** Neighbours come from the team's block of the kind pattern (12 teams), falling back to the first of a kind. */
function neighboursOf(team: Team, teams: readonly Team[]): Neighbours {
  const blockStart = team.index - (team.index % 12);
  const nearest = (kind: TeamKind): Team | undefined => {
    const inBlock = teams.slice(blockStart, blockStart + 12).find((t) => t.kind === kind);
    return inBlock ?? teams.find((t) => t.kind === kind);
  };
  const neighbours: Neighbours = {};
  const platform = nearest('platform');
  const sre = nearest('sre');
  if (platform) neighbours.platform = platform;
  const hub = teams.find((t) => t.kind === 'platform');
  if (hub) neighbours.hub = hub;
  if (team.kind === 'builder' && sre) neighbours.sre = sre;
  if (team.kind === 'product') {
    const upstream = findLast(teams, team.index, 'product');
    if (upstream) neighbours.upstream = upstream;
  }
  if (team.kind === 'legacy') {
    const previous = findLast(teams, team.index, 'legacy');
    // Every second legacy team shares its system with the one before: split ownership.
    if (previous && teams.filter((t) => t.kind === 'legacy' && t.index < team.index).length % 2 === 1) neighbours.partner = previous;
  }
  return neighbours;
}

/** The last team of `kind` before index `before`, looking back at most one pattern block. */
function findLast(teams: readonly Team[], before: number, kind: TeamKind): Team | undefined {
  for (let i = before - 1; i >= Math.max(0, before - 12); i--) if (teams[i]?.kind === kind) return teams[i];
  return undefined;
}
