import { entity, type GenEntity } from './entities.js';
import { DEPARTMENTS, DOMAINS, FIRST_NAMES } from './names.js';
import type { Prng } from '../util/prng.js';

/** What a team does, which decides what it owns and who is in it. */
export type TeamKind = 'product' | 'builder' | 'sre' | 'legacy' | 'platform' | 'devops';

export interface Team {
  index: number;
  name: string;
  kind: TeamKind;
  department: string;
  /** How many Components it should own. */
  quota: number;
}

/**
 * Team kinds in a repeating pattern: about 40% stream-aligned product teams, monolith builders with an
 * SRE team for every two, legacy teams running micro-monoliths, platform (insourcing) teams and the odd
 * team called DevOps. A fixed pattern (not a draw) keeps every kind present from 12 teams on.
 */
const PATTERN: readonly TeamKind[] = ['product', 'product', 'builder', 'sre', 'legacy', 'product', 'platform', 'legacy', 'product', 'builder', 'product', 'devops'];
const TEAMS_PER_DEPARTMENT = 8;

const MEMBERS: Record<TeamKind, { min: number; max: number; roles: (i: number, size: number) => string }> = {
  product: { min: 4, max: 7, roles: (i) => (i === 0 ? 'ops' : i === 1 ? 'sre' : i === 2 ? 'qa' : 'dev') },
  builder: { min: 4, max: 7, roles: () => 'dev' },
  sre: { min: 3, max: 5, roles: () => 'sre' },
  legacy: { min: 4, max: 6, roles: (i) => (i === 0 ? 'ops' : 'dev') },
  platform: { min: 3, max: 6, roles: (i, size) => (i === size - 1 ? 'dev' : i % 2 === 0 ? 'ops' : 'sre') },
  devops: { min: 2, max: 4, roles: () => 'ops' },
};

export function departmentName(index: number): string {
  return `${DEPARTMENTS[index % DEPARTMENTS.length] ?? 'dept'}-${index + 1}`;
}

export function planTeams(count: number, components: number, prng: Prng): Team[] {
  const base = Math.floor(components / count);
  const extra = components % count;
  return Array.from({ length: count }, (_, index) => {
    const kind = PATTERN[index % PATTERN.length] ?? 'product';
    const prefix = kind === 'product' || kind === 'builder' || kind === 'legacy' ? `${prng.pick(DOMAINS)}-team` : kind;
    const department = departmentName(Math.floor(index / TEAMS_PER_DEPARTMENT));
    return { index, name: `${prefix}-${index + 1}`, kind, department, quota: base + (index < extra ? 1 : 0) };
  });
}

/** The group tree (organisation > departments > teams) and every team's members. */
export function planPeople(teams: readonly Team[], prng: Prng): { groups: GenEntity[]; usersByDepartment: Map<string, GenEntity[]> } {
  const departments = [...new Set(teams.map((team) => team.department))];
  const groups: GenEntity[] = [entity('Group', { name: 'acme', title: 'Acme Corp' }, { type: 'organization', children: [] })];
  for (const name of departments) groups.push(entity('Group', { name }, { type: 'department', parent: 'group:acme', children: [] }));
  const usersByDepartment = new Map<string, GenEntity[]>();
  let userCount = 0;
  for (const team of teams) {
    const structure = team.kind === 'devops' ? { 'teamfit.dev/structure': 'devops' } : undefined;
    groups.push(entity('Group', { name: team.name, ...(structure ? { annotations: structure } : {}) }, { type: 'team', parent: `group:${team.department}`, children: [] }));
    const { min, max, roles } = MEMBERS[team.kind];
    const size = prng.int(min, max);
    const users = usersByDepartment.get(team.department) ?? [];
    for (let i = 0; i < size; i++) {
      const name = `${prng.pick(FIRST_NAMES)}-${++userCount}`;
      const annotations = { 'teamfit.dev/role': roles(i, size) };
      const profile = { displayName: name, email: `${name}@example.com` };
      users.push(entity('User', { name, annotations }, { memberOf: [`group:${team.name}`], profile }));
    }
    usersByDepartment.set(team.department, users);
  }
  return { groups, usersByDepartment };
}
