import type { AnalysisResult, EntityRef, SystemResult } from '../result/index.js';
import type { Plan, PlanChange } from '../what-if/plan.js';

/**
 * The model's two ways out of a micro-monolith, as plans. Route A: consolidate its units into one
 * deployable with one owner (the team owning most of them), run with an SRE team when there is one.
 * Route B: cut the couplings, strongest first (shared data, then dependency cycles), leaving each unit
 * with its owner; the boundary suggestion for the system says which team each unit belongs with.
 */
export function microMonolithRoutes(result: AnalysisResult, system: SystemResult): Array<{ kind: 'consolidate' | 'cut-couplings'; plan: Plan }> {
  const { owners, deployable } = factsOf(result);
  const units = system.components.filter((c) => deployable.has(c));
  const counts = new Map<EntityRef, number>();
  for (const unit of units) {
    const owner = owners.get(unit);
    if (owner) counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  const mainOwner = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
  const sre = result.teams.find((t) => t.structure.label === 'sre')?.ref;
  const consolidate: PlanChange[] = [{ consolidate: system.ref, ...(mainOwner ? { owner: mainOwner } : {}), why: 'one deployable, one owner: the monolith the model pairs with an SRE team' }];
  if (sre) consolidate.push({ operate: system.ref, by: sre, why: `${sre} keeps it reliable` });
  const routes: Array<{ kind: 'consolidate' | 'cut-couplings'; plan: Plan }> = [];
  if (units.length >= 2) routes.push({ kind: 'consolidate', plan: { title: `Route A for ${system.ref}: consolidate`, changes: consolidate } });
  const cuts = couplingsToCut(result, system, owners, new Set(units));
  if (cuts.length > 0) routes.push({ kind: 'cut-couplings', plan: { title: `Route B for ${system.ref}: cut the couplings`, changes: cuts } });
  return routes;
}

function couplingsToCut(result: AnalysisResult, system: SystemResult, owners: ReadonlyMap<EntityRef, EntityRef>, units: ReadonlySet<EntityRef>): PlanChange[] {
  const cuts: PlanChange[] = [];
  const seen = new Set<string>();
  const cut = (from: EntityRef, to: EntityRef, why: string) => {
    const key = `${from}\u0000${to}`;
    if (seen.has(key)) return;
    seen.add(key);
    cuts.push({ cut: { from, to }, why });
  };
  const { dataHolding, usersOf } = factsOf(result);
  // Shared data: the resource stays with its owner's units; every other unit gets data of its own.
  for (const resource of system.resources.filter((r) => dataHolding.has(r))) {
    const users = (usersOf.get(resource) ?? []).filter((user) => units.has(user));
    const keeper = owners.get(resource);
    const owning = users.filter((u) => owners.get(u) === keeper);
    const stays = owning.length > 0 ? owning : users.slice(0, 1);
    if (users.length < 2) continue;
    for (const user of users.filter((u) => !stays.includes(u))) cut(user, resource, `shared data: ${resource} stays with ${stays.join(', ')}; ${user} gets its own`);
  }
  // Cycles: the edge that closes each cycle inside the system becomes an event or an API the other side calls.
  for (const finding of result.findings) {
    if (finding.ruleId !== 'dependency-cycle' || !finding.evidence.systems.includes(system.ref)) continue;
    const closing = finding.evidence.edges.at(-1);
    if (closing && units.has(closing.from)) cut(closing.from, closing.to, `dependency cycle of ${finding.evidence.length}: reverse or replace this call with an event`);
  }
  return cuts;
}

interface Facts {
  owners: Map<EntityRef, EntityRef>;
  deployable: Set<EntityRef>;
  dataHolding: Set<EntityRef>;
  /** Resource -> what depends on it. */
  usersOf: Map<EntityRef, EntityRef[]>;
}

// Asked once per micro-monolith of one result: an organisation of thousands must not scan its relations each time.
const facts = new WeakMap<AnalysisResult, Facts>();

function factsOf(result: AnalysisResult): Facts {
  const known = facts.get(result);
  if (known) return known;
  const owners = new Map<EntityRef, EntityRef>();
  const usersOf = new Map<EntityRef, EntityRef[]>();
  for (const r of result.model.relations) {
    if (r.type === 'ownedBy') owners.set(r.source, r.target);
    if (r.type !== 'dependencyOf') continue;
    const users = usersOf.get(r.source);
    if (users) users.push(r.target);
    else usersOf.set(r.source, [r.target]);
  }
  const made: Facts = {
    owners,
    deployable: new Set(result.model.entities.filter((e) => e.deployable === true).map((e) => e.ref)),
    dataHolding: new Set(result.model.entities.filter((e) => e.dataHolding === true).map((e) => e.ref)),
    usersOf,
  };
  facts.set(result, made);
  return made;
}
