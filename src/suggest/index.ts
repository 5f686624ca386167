import type { AnalysisResult, EntityRef, Suggestion, SuggestResult } from '../result/index.js';
import { analyzeModel, prepareOrganisation, type AnalyzeOptions, type PreparedOrganisation } from '../run.js';
import { parseEntityRef, stringifyEntityRef } from '../model/index.js';
import { UsageError } from '../util/errors.js';
import { applyPlan } from '../what-if/apply-plan.js';
import { compareResults } from '../what-if/compare.js';
import type { Plan, PlanChange } from '../what-if/plan.js';
import { affinity } from './affinity.js';
import { proposeMoves, type Move } from './assign.js';
import { microMonolithRoutes } from './routes.js';

export interface SuggestOptions extends AnalyzeOptions {
  /** One system (`system:x`), or the organisation. */
  system?: string;
}

/**
 * Suggested team boundaries, and for each micro-monolith the model's two ways out; each suggestion is a
 * what-if plan with its before and after. Deterministic for a seed (config `suggest.seed`).
 */
export async function suggest(options: SuggestOptions = {}): Promise<SuggestResult> {
  const prepared = await prepareOrganisation(options);
  const before = await analyzeModel(prepared, prepared.model, options);
  const { suggest: settings } = prepared.config;
  const system = options.system === undefined ? undefined : systemOf(before, options.system);
  const scope = system ? new Set(system.components) : undefined;
  const deployable = new Set(before.model.entities.filter((e) => e.deployable === true).map((e) => e.ref));
  const graph = affinity(before, settings.weights, scope);
  const currentMax = Math.max(1, ...[...countBy(graph.owner, deployable).values()]);
  const pinned = new Set(settings.pinned.map((raw) => refOf(raw, 'component')));
  const moves = proposeMoves(graph, { moveCost: settings.moveCost, capacity: settings.capacity ?? currentMax, deployable, pinned, seed: settings.seed });
  const suggestions: Suggestion[] = [];
  const title = system ? `Team boundaries for ${system.ref}` : 'Team boundaries for the organisation';
  suggestions.push(await asSuggestion(prepared, before, options, { kind: 'boundaries', title, ...(system ? { system: system.ref } : {}), plan: movesPlan(title, moves), moves }));
  const monoliths = (system ? [system] : before.systems).filter((candidate) => candidate.architecture.label === 'micro-monolith');
  const routes = monoliths.map((candidate) => ({ system: candidate.ref, routes: microMonolithRoutes(before, candidate) }));
  if (monoliths.length === 1) {
    for (const { system: ref, routes: each } of routes) {
      for (const route of each) suggestions.push(await asSuggestion(prepared, before, options, { kind: route.kind, title: route.plan.title ?? route.kind, system: ref, plan: route.plan, moves: [] }));
    }
  } else {
    // Routes of different systems do not touch each other: one plan per route for all micro-monoliths keeps
    // the analyses at three however many there are, and every system's before and after is still listed.
    for (const [kind, title] of [['consolidate', 'Route A for every micro-monolith: consolidate each'], ['cut-couplings', 'Route B for every micro-monolith: cut their couplings']] as const) {
      const changes = routes.flatMap((r) => r.routes.filter((route) => route.kind === kind).flatMap((route) => route.plan.changes));
      const count = routes.filter((r) => r.routes.some((route) => route.kind === kind)).length;
      if (changes.length > 0) suggestions.push(await asSuggestion(prepared, before, options, { kind, title: `${title} (${count} systems; --system for one)`, plan: { title, changes }, moves: [] }));
    }
  }
  return { schemaVersion: '1.0', tool: before.tool, kind: 'suggest', inputs: before.inputs, suggestions };
}

async function asSuggestion(prepared: PreparedOrganisation, before: AnalysisResult, options: AnalyzeOptions, draft: Omit<Suggestion, 'whatIf' | 'plan'> & { plan: Plan }): Promise<Suggestion> {
  const outcome = applyPlan(draft.plan, prepared.model, prepared.discovery, () => 'suggested plan');
  const after = draft.plan.changes.length === 0 ? before : await analyzeModel(prepared, outcome.model, options, outcome.discovery, outcome.consolidated);
  return { ...draft, plan: { ...draft.plan }, whatIf: compareResults(before, after, outcome, { file: '(suggested)', title: draft.title }) };
}

/** Moves to one team go together, with the strongest reason in words. */
function movesPlan(title: string, moves: readonly Move[]): Plan {
  const byTeam = new Map<EntityRef, Move[]>();
  for (const move of moves) byTeam.set(move.to, [...(byTeam.get(move.to) ?? []), move]);
  const changes: PlanChange[] = [...byTeam].map(([to, group]) => ({
    move: group.map((m) => m.component),
    to,
    why: `tied more to ${to} than to their owners (gain ${group.map((m) => m.gain).join(', ')})`,
  }));
  return { title, changes };
}

function systemOf(result: AnalysisResult, raw: string) {
  const ref = refOf(raw, 'system');
  const system = result.systems.find((s) => s.ref === ref);
  if (!system) throw new UsageError(`--system: no ${ref} in the organisation`);
  return system;
}

function refOf(raw: string, defaultKind: string): EntityRef {
  const parsed = parseEntityRef(raw, { defaultKind });
  if (!parsed.ok) throw new UsageError(`${raw}: ${parsed.error}`);
  return stringifyEntityRef(parsed.ref);
}

function countBy(owner: ReadonlyMap<EntityRef, EntityRef>, deployable: ReadonlySet<EntityRef>): Map<EntityRef, number> {
  const counts = new Map<EntityRef, number>();
  for (const [component, team] of owner) if (deployable.has(component)) counts.set(team, (counts.get(team) ?? 0) + 1);
  return counts;
}
