import type { AnalysisResult, EntityRef, OrgMeasures } from '../result/index.js';

const TOP_PAIRS = 10;

/**
 * The organisation's measures from one analysis result, so the before and after of a plan are measured
 * by one function. Work dependencies (TD) are the catalog's dependencies between components plus git
 * co-change weighted by its degree.
 */
export function measureOrganisation(result: AnalysisResult): OrgMeasures {
  const owner = ownerMap(result);
  const dependencies = componentDependencies(result);
  const crossTeamDependencies = dependencies.filter(([a, b]) => owner.get(a) !== owner.get(b)).length;
  const coupling = result.history?.coupling ?? [];
  const work: Array<[EntityRef, EntityRef, number]> = [...dependencies.map(([a, b]) => [a, b, 1] as [EntityRef, EntityRef, number]), ...coupling.map((c) => [c.a, c.b, c.degree / 100] as [EntityRef, EntityRef, number])];
  const owned = work.filter(([a, b]) => owner.has(a) && owner.has(b));
  const ownedWeight = sum(owned.map(([, , w]) => w));
  const within = sum(owned.filter(([a, b]) => owner.get(a) === owner.get(b)).map(([, , w]) => w));
  const crossCoChange = coupling.filter((c) => owner.has(c.a) && owner.has(c.b) && owner.get(c.a) !== owner.get(c.b)).length;
  return {
    dependencies: { total: dependencies.length, crossTeam: crossTeamDependencies, share: ratio(crossTeamDependencies, dependencies.length) },
    ...(result.history ? { coChange: { pairs: coupling.length, crossTeam: crossCoChange, share: ratio(crossCoChange, coupling.length) } } : {}),
    ownershipCongruence: ratio(within, ownedWeight),
    coordination: coordination(result, owner, work),
    teams: teamMeasures(result),
  };
}

/** Component -> owning team (or user), for owned components. */
function ownerMap(result: AnalysisResult): Map<EntityRef, EntityRef> {
  const owners = new Map<EntityRef, EntityRef>();
  for (const relation of result.model.relations) if (relation.type === 'ownedBy' && relation.source.startsWith('component:')) owners.set(relation.source, relation.target);
  return owners;
}

/** Component -> component dependencies, an API consumed counted as a dependency on its provider. */
function componentDependencies(result: AnalysisResult): Array<[EntityRef, EntityRef]> {
  const providers = new Map<EntityRef, EntityRef[]>();
  for (const r of result.model.relations) if (r.type === 'apiProvidedBy' && r.target.startsWith('component:')) providers.set(r.source, [...(providers.get(r.source) ?? []), r.target]);
  const edges = new Set<string>();
  for (const r of result.model.relations) {
    if (!r.source.startsWith('component:')) continue;
    if (r.type === 'dependsOn' && r.target.startsWith('component:')) edges.add(`${r.source}\u0000${r.target}`);
    if (r.type === 'consumesApi') for (const provider of providers.get(r.target) ?? []) if (provider !== r.source) edges.add(`${r.source}\u0000${provider}`);
  }
  return [...edges].sort().map((edge) => edge.split('\u0000') as [EntityRef, EntityRef]);
}

/**
 * CR = TA·TD·TAᵀ at team level. TA[team, component]: the owning team, and (with git history) the teams
 * whose members changed it by their share of its revisions: the person -> component matrix aggregated
 * through the person -> team matrix. Each component's row sums to 1, half ownership and half authorship
 * when both are known, so a busy component does not outweigh the structure. TD is the work dependencies
 * plus each component's own work (the diagonal): two teams on one component must coordinate too.
 */
function coordination(result: AnalysisResult, owner: ReadonlyMap<EntityRef, EntityRef>, dependencies: ReadonlyArray<[EntityRef, EntityRef, number]>): OrgMeasures['coordination'] {
  const byAuthors = new Map<EntityRef, Map<EntityRef, number>>();
  for (const component of result.history?.components ?? []) {
    const total = sum(component.changesByTeam.map((t) => t.revisions));
    if (total > 0) byAuthors.set(component.ref, new Map(component.changesByTeam.map((t) => [t.team, t.revisions / total])));
  }
  const basis = byAuthors.size > 0 ? 'ownership-and-authorship' : 'ownership';
  const assignments = new Map<EntityRef, Map<EntityRef, number>>();
  for (const component of new Set([...owner.keys(), ...byAuthors.keys()])) {
    const row = new Map<EntityRef, number>();
    const authors = byAuthors.get(component);
    const team = owner.get(component);
    const ownerShare = authors ? (team === undefined ? 0 : 0.5) : 1;
    if (team !== undefined) row.set(team, ownerShare);
    for (const [author, share] of authors ?? []) row.set(author, (row.get(author) ?? 0) + share * (1 - ownerShare));
    assignments.set(component, row);
  }
  const assignment = (component: EntityRef): ReadonlyMap<EntityRef, number> => assignments.get(component) ?? new Map();
  const work: Array<[EntityRef, EntityRef, number]> = [...dependencies, ...[...assignments.keys()].map((c) => [c, c, 1] as [EntityRef, EntityRef, number])];
  const requirements = new Map<string, number>();
  let total = 0;
  let within = 0;
  for (const [a, b, weight] of work) {
    for (const [teamA, shareA] of assignment(a)) {
      for (const [teamB, shareB] of assignment(b)) {
        const value = shareA * weight * shareB;
        total += value;
        if (teamA === teamB) within += value;
        else {
          const key = teamA < teamB ? `${teamA}\u0000${teamB}` : `${teamB}\u0000${teamA}`;
          requirements.set(key, (requirements.get(key) ?? 0) + value);
        }
      }
    }
  }
  const pairs = [...requirements]
    .sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1))
    .slice(0, TOP_PAIRS)
    .map(([key, value]) => {
      const [a = '', b = ''] = key.split('\u0000');
      return { a, b, share: round(value / total) };
    });
  return { basis, congruence: ratio(within, total), pairs };
}

function teamMeasures(result: AnalysisResult): OrgMeasures['teams'] {
  const deployable = new Set(result.model.entities.filter((e) => e.deployable === true).map((e) => e.ref));
  const systemUnits = new Map(result.systems.map((s) => [s.ref, s.components.filter((c) => deployable.has(c))]));
  const load = result.teams.map((team) => {
    const units = new Set([...team.owns.filter((ref) => deployable.has(ref)), ...team.operates.flatMap((ref) => (deployable.has(ref) ? [ref] : systemUnits.get(ref) ?? []))]);
    return { team: team.ref, members: team.members.length, units: units.size, perMember: team.members.length > 0 ? round(units.size / team.members.length) : null };
  });
  const sizes = result.teams.map((team) => team.members.length);
  const mean = sizes.length > 0 ? sum(sizes) / sizes.length : 0;
  const deviation = sizes.length > 0 ? Math.sqrt(sum(sizes.map((s) => (s - mean) ** 2)) / sizes.length) : 0;
  return {
    count: sizes.length,
    size: { min: sizes.length > 0 ? Math.min(...sizes) : 0, max: sizes.length > 0 ? Math.max(...sizes) : 0, mean: round(mean), variation: mean > 0 ? round(deviation / mean) : 0 },
    load,
  };
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? round(Math.min(1, part / whole)) : null;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
