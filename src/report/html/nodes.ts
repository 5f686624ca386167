import type { AnalysisResult, EntityRef, ModelEntity, SystemResult, TeamResult } from '../../result/index.js';
import { percent, position } from '../format.js';
import { inferredNote } from '../inferred.js';
import { confidenceNote } from './confidence-note.js';
import { entityLinks } from './entity-links.js';
import { highest, UNOWNED, type FindingIndex } from './findings-view.js';
import { Relations, shortName } from './relations.js';
import type { NodeKind, ViewNode } from './view-types.js';

export { UNOWNED };
const LEAF_KINDS: ReadonlySet<string> = new Set(['component', 'resource', 'api']);

export const sliceId = (team: string, system: EntityRef): string => `slice:${team}|${system}`;

/**
 * The graph's nodes: a box per owning team (or person), inside it a box per system it owns parts of, and
 * inside those the components, resources and APIs. A system split between teams shows as several boxes.
 */
export function buildNodes(result: AnalysisResult, relations: Relations, findings: FindingIndex, backstageUrl?: string): ViewNode[] {
  const nodes = new Map<string, ViewNode>();
  const systems = new Map(result.systems.map((system) => [system.ref, system]));
  const teams = new Map(result.teams.map((team) => [team.ref, team]));
  const severityOf = (ref: string) => highest((findings.bySubject.get(ref) ?? []).map((i) => result.findings[i]?.severity ?? 'info'));
  const base = (id: string, kind: NodeKind, ref: string, label: string, team: string, system?: string): ViewNode => {
    const severity = severityOf(ref);
    const entity = relations.entities.get(ref);
    const links = entity === undefined ? [] : entityLinks(entity, backstageUrl);
    return {
      id, kind, ref, label, team,
      ...(system === undefined ? {} : { system }),
      ...(severity === undefined ? {} : { severity }),
      findings: findings.bySubject.get(ref) ?? [],
      mentions: findings.byMention.get(ref) ?? [],
      details: [],
      ...(links.length > 0 ? { links } : {}),
    };
  };

  const ensureTeam = (ref: string): string => {
    if (nodes.has(ref)) return ref;
    const team = teams.get(ref);
    const node = base(ref, 'team', ref, teamLabel(ref, team), ref);
    node.details = teamDetails(ref, team, relations.entities.get(ref));
    if (team) node.confidence = confidenceNote(team.structure.label, team.structure.confidence, team.structure.signals);
    nodes.set(ref, node);
    return ref;
  };
  const ensureSlice = (team: string, systemRef: EntityRef): string => {
    const id = sliceId(team, systemRef);
    if (nodes.has(id)) return id;
    const system = systems.get(systemRef);
    const label = `${shortName(systemRef)} · ${system ? `${system.architecture.label} ${percent(system.architecture.confidence)}` : 'system'}`;
    const node = base(id, 'slice', systemRef, label, team, systemRef);
    node.parent = team;
    node.details = sliceDetails(systemRef, team, system, relations.entities.get(systemRef));
    if (system) node.confidence = confidenceNote(system.architecture.label, system.architecture.confidence, system.architecture.signals);
    nodes.set(id, node);
    return id;
  };

  for (const team of result.teams) ensureTeam(team.ref);
  // An inferred system has no owner of its own: its boxes come from its components' owners, not "no owner".
  for (const system of result.systems) if (!system.inferred) ensureSlice(ensureTeam(relations.owner(system.ref) ?? UNOWNED), system.ref);
  for (const entity of result.model.entities) {
    if (!LEAF_KINDS.has(entity.kind)) continue;
    const team = ensureTeam(relations.owner(entity.ref) ?? UNOWNED);
    const system = relations.system(entity.ref);
    const node = base(entity.ref, entity.kind as NodeKind, entity.ref, shortName(entity.ref), team, system);
    node.parent = system === undefined ? team : ensureSlice(team, system);
    node.details = leafDetails(entity);
    nodes.set(entity.ref, node);
  }
  return [...nodes.values()];
}

function teamLabel(ref: string, team: TeamResult | undefined): string {
  if (ref === UNOWNED) return 'no owner';
  if (ref.startsWith('user:')) return `person: ${shortName(ref)}`;
  return team ? `${shortName(ref)} · ${team.structure.label}` : shortName(ref);
}

function teamDetails(ref: string, team: TeamResult | undefined, entity: ModelEntity | undefined): Array<[string, string]> {
  if (ref === UNOWNED) return [['What', 'Entities whose owner is absent or does not resolve']];
  const rows: Array<[string, string]> = [['Ref', ref]];
  if (entity?.title ?? entity?.displayName) rows.push(['Name', entity.title ?? entity.displayName ?? '']);
  if (!team) return [...rows, ['Team', ref.startsWith('user:') ? 'a person, not a team' : 'a group teamfit does not classify as a team']];
  const { structure } = team;
  rows.push(['Structure', `${structure.label} (${percent(structure.confidence)})${structure.declared ? `, declared ${structure.declared}` : ''}`]);
  rows.push(['Why', structure.reason]);
  for (const signal of structure.signals) rows.push([`Signal ${signal.id}`, `${String(signal.value)}${signal.threshold === undefined ? '' : ` vs ${String(signal.threshold)}`} -> ${signal.pushes}`]);
  rows.push(['Members', String(team.members.length)], ['Owns', String(team.owns.length)], ['Operates', String(team.operates.length)]);
  if (team.dependents.length > 0) rows.push(['Teams depending on it', team.dependents.map(shortName).join(', ')]);
  return rows;
}

function sliceDetails(ref: string, team: string, system: SystemResult | undefined, entity: ModelEntity | undefined): Array<[string, string]> {
  const rows: Array<[string, string]> = [['System', ref]];
  if (entity?.title) rows.push(['Title', entity.title]);
  if (system?.inferred) rows.push(['Inferred', `${inferredNote(system.inferred)}: the catalog declares no such System`]);
  if (team !== UNOWNED) rows.push(['This box', `the parts ${shortName(team)} owns`]);
  if (!system) return rows;
  const { architecture, fit } = system;
  rows.push(['Architecture', `${architecture.label} (${percent(architecture.confidence)})${architecture.declared ? `, declared ${architecture.declared}` : ''}`]);
  rows.push(['Why', architecture.reason]);
  for (const signal of architecture.signals) rows.push([`Signal ${signal.id}`, `${String(signal.value)}${signal.threshold === undefined ? '' : ` vs ${String(signal.threshold)}`} -> ${signal.pushes}`]);
  rows.push(['Fit', `${fit.verdict}: ${fit.notes.join(' ')}`], ['Expected', fit.expected]);
  rows.push(['Owners', system.owners.map(shortName).join(', ') || 'none'], ['Operators', system.operators.map(shortName).join(', ') || 'none']);
  return rows;
}

// Ref, owner and system are the node's own fields (the panel shows them): repeating them here would
// double the page's data on a catalog of thousands of components.
function leafDetails(entity: ModelEntity): Array<[string, string]> {
  const rows: Array<[string, string]> = [['Kind', entity.type ? `${entity.kind} (${entity.type})` : entity.kind]];
  if (entity.title) rows.push(['Title', entity.title]);
  if (entity.description) rows.push(['Description', entity.description]);
  if (entity.lifecycle) rows.push(['Lifecycle', entity.lifecycle]);
  if (entity.source) rows.push(['Defined at', position(entity.source)]);
  for (const unresolved of entity.unresolved) rows.push([`Unresolved ${unresolved.field}`, `${unresolved.target} (${unresolved.reason})`]);
  return rows;
}
