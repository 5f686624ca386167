import type { DiscoverySection, EntityRef, ModelEntity, OrgModel, RelationType } from '../result/index.js';
import { parseEntityRef, stringifyEntityRef } from '../model/index.js';
import { ROLE_ANNOTATION, STRUCTURE_ANNOTATION } from '../model/annotations.js';
import { OPERATED_BY_ANNOTATION } from '../model/ref-fields.js';
import { didYouMean } from '../util/did-you-mean.js';
import { UsageError } from '../util/errors.js';
import { ModelEditor } from './model-editor.js';
import type { Plan, PlanChange } from './plan.js';

/** One change of the plan as applied: what it did, in words, and whose owner it changed. */
export interface AppliedChange {
  action: 'move' | 'merge' | 'split' | 'structure' | 'role' | 'operate' | 'consolidate' | 'cut';
  text: string;
  why?: string;
}

export interface PlanOutcome {
  model: OrgModel;
  discovery: DiscoverySection[];
  applied: AppliedChange[];
  /** Entities whose owner the plan changed: before and after (components removed by a consolidation are not here). */
  ownerChanges: Map<EntityRef, { from?: EntityRef; to: EntityRef }>;
  /** Components a consolidation folded into another. */
  consolidated: Map<EntityRef, EntityRef>;
}

/** Where a plan's value is written (`plan.yaml:4:9`), for errors about what it names. */
export type Locate = (path: readonly PropertyKey[]) => string;

const OWNABLE = new Set(['component', 'system', 'api', 'resource', 'domain']);
// A consolidated unit's place in its system and its owner are the remaining unit's.
const KEPT_BY_SURVIVOR = new Set<RelationType>(['partOf', 'ownedBy', 'operatedBy']);

/**
 * Applies a plan to a copy of the organisation model, change by change, each to what the ones before it
 * left. The catalog is never written: the model is what the analysis reads.
 */
export function applyPlan(plan: Plan, model: OrgModel, discovery: readonly DiscoverySection[], locate: Locate): PlanOutcome {
  const editor = new ModelEditor(model);
  const outcome: PlanOutcome = { model, discovery: [...discovery], applied: [], ownerChanges: new Map(), consolidated: new Map() };
  const owners = new Map(model.relations.filter((r) => r.type === 'ownedBy').map((r) => [r.source, r.target] as const));
  const originalOwner = (ref: EntityRef) => owners.get(ref);
  plan.changes.forEach((change, index) => {
    const at = (...path: PropertyKey[]) => ['changes', index, ...path];
    const resolve = (raw: string, defaultKind: string, path: PropertyKey[], kinds?: ReadonlySet<string>) => resolveRef(editor, raw, defaultKind, locate(at(...path)), kinds);
    const setOwner = (ref: EntityRef, owner: EntityRef) => {
      editor.setOnly('ownedBy', ref, owner);
      const from = outcome.ownerChanges.get(ref)?.from ?? originalOwner(ref);
      outcome.ownerChanges.set(ref, { ...(from !== undefined ? { from } : {}), to: owner });
    };
    const applied = applyOne(change, { editor, resolve, setOwner, outcome, at, locate });
    outcome.applied.push({ ...applied, ...(change.why !== undefined ? { why: change.why } : {}) });
  });
  for (const [ref, change] of outcome.ownerChanges) if (change.from === change.to || !editor.entity(ref)) outcome.ownerChanges.delete(ref);
  outcome.model = editor.toModel(model.entities.map((e) => e.ref));
  return outcome;
}

interface Context {
  editor: ModelEditor;
  resolve: (raw: string, defaultKind: string, path: PropertyKey[], kinds?: ReadonlySet<string>) => EntityRef;
  setOwner: (ref: EntityRef, owner: EntityRef) => void;
  outcome: PlanOutcome;
  at: (...path: PropertyKey[]) => PropertyKey[];
  locate: Locate;
}

function applyOne(change: PlanChange, context: Context): Omit<AppliedChange, 'why'> {
  const { editor, resolve, setOwner } = context;
  const list = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
  const listPath = (value: string | string[], key: string, i: number) => (Array.isArray(value) ? [key, i] : [key]);
  const group = (raw: string, path: PropertyKey[]) => resolve(raw, 'group', path, new Set(['group']));

  if ('move' in change) {
    const to = group(change.to, ['to']);
    const moved = list(change.move).map((raw, i) => resolve(raw, 'component', listPath(change.move, 'move', i), OWNABLE));
    for (const ref of moved) setOwner(ref, to);
    return { action: 'move', text: `${moved.join(', ')} -> ${to}` };
  }
  if ('merge' in change) {
    const groups = change.merge.map((raw, i) => group(raw, ['merge', i]));
    const into = change.into === undefined ? groups[0] ?? '' : newOrExistingGroup(editor, change.into, context.locate(context.at('into')));
    if (!editor.entity(into)) editor.addGroup(into, editor.targets(groups[0] ?? '', 'childOf')[0]);
    for (const from of groups.filter((g) => g !== into)) {
      for (const owned of editor.targets(from, 'ownerOf')) setOwner(owned, into);
      for (const member of editor.targets(from, 'hasMember')) editor.relate('memberOf', member, into);
      for (const child of editor.targets(from, 'parentOf')) editor.relate('childOf', child, into);
      for (const operated of editor.targets(from, 'operates')) editor.relate('operatedBy', operated, into);
      if (editor.targets(into, 'childOf').length === 0) for (const parent of editor.targets(from, 'childOf')) editor.relate('childOf', into, parent);
      editor.remove(from);
    }
    return { action: 'merge', text: `${groups.join(' + ')} -> ${into}` };
  }
  if ('split' in change) return split(change, context);
  if ('structure' in change) {
    const ref = group(change.structure, ['structure']);
    const entity = editor.entity(ref) as ModelEntity;
    delete entity.annotations[STRUCTURE_ANNOTATION];
    delete entity.declaredStructure;
    delete entity.declaredStructureSource;
    if (change.declared !== null) Object.assign(entity, { declaredStructure: change.declared, declaredStructureSource: 'annotation' as const, annotations: { ...entity.annotations, [STRUCTURE_ANNOTATION]: change.declared } });
    return { action: 'structure', text: `${ref} declared ${change.declared ?? 'nothing'}` };
  }
  if ('role' in change) {
    const users = list(change.role).map((raw, i) => resolve(raw, 'user', listPath(change.role, 'role', i), new Set(['user'])));
    for (const ref of users) {
      const entity = editor.entity(ref) as ModelEntity;
      delete entity.annotations[ROLE_ANNOTATION];
      delete entity.role;
      if (change.is !== null) Object.assign(entity, { role: change.is, annotations: { ...entity.annotations, [ROLE_ANNOTATION]: change.is } });
    }
    return { action: 'role', text: `${users.join(', ')}: role ${change.is ?? 'none'}` };
  }
  if ('operate' in change) {
    const by = change.by === null ? null : group(change.by, ['by']);
    const refs = list(change.operate).map((raw, i) => resolve(raw, 'system', listPath(change.operate, 'operate', i), new Set(['system', 'component'])));
    for (const ref of refs) {
      editor.setOnly('operatedBy', ref, by);
      const entity = editor.entity(ref) as ModelEntity;
      delete entity.annotations[OPERATED_BY_ANNOTATION];
      if (by !== null) entity.annotations[OPERATED_BY_ANNOTATION] = by;
    }
    return { action: 'operate', text: `${refs.join(', ')} run by ${by ?? 'their owners'}` };
  }
  if ('consolidate' in change) return consolidate(change, context);
  return cut(change, context);
}

function split(change: Extract<PlanChange, { split: string }>, context: Context): Omit<AppliedChange, 'why'> {
  const { editor, resolve, setOwner, at, locate } = context;
  const source = resolve(change.split, 'group', ['split'], new Set(['group']));
  const parent = editor.targets(source, 'childOf')[0];
  const parts = change.into.map((part, i) => {
    const ref = newOrExistingGroup(editor, part.name, locate(at('into', i, 'name')));
    if (!editor.entity(ref)) editor.addGroup(ref, parent);
    return ref;
  });
  change.into.forEach((part, i) => {
    const ref = parts[i] as EntityRef;
    part.members.forEach((raw, j) => {
      const user = resolve(raw, 'user', ['into', i, 'members', j], new Set(['user']));
      editor.unrelate('memberOf', user, source);
      editor.relate('memberOf', user, ref);
    });
    part.owns.forEach((raw, j) => setOwner(resolve(raw, 'component', ['into', i, 'owns', j], OWNABLE), ref));
  });
  if (!parts.includes(source)) {
    const left = [...editor.targets(source, 'ownerOf'), ...editor.targets(source, 'hasMember')];
    if (left.length > 0) throw new UsageError(`${locate(at('split'))}: ${source} is split into other groups but still has ${left.join(', ')}: give each to a part (owns or members), or keep ${source} as one of the parts`);
    editor.remove(source);
  }
  return { action: 'split', text: `${source} -> ${parts.join(', ')}` };
}

function consolidate(change: Extract<PlanChange, { consolidate: string }>, context: Context): Omit<AppliedChange, 'why'> {
  const { editor, resolve, setOwner, outcome } = context;
  const system = resolve(change.consolidate, 'system', ['consolidate'], new Set(['system']));
  const units = editor.targets(system, 'hasPart').filter((ref) => editor.entity(ref)?.kind === 'component' && editor.entity(ref)?.deployable === true);
  if (units.length < 2) throw new UsageError(`${context.locate(context.at('consolidate'))}: ${system} has ${units.length} deployable component${units.length === 1 ? '' : 's'}; nothing to consolidate`);
  const dependedOn = (ref: EntityRef) => editor.targets(ref, 'dependencyOf').length;
  const into = change.into !== undefined
    ? resolve(change.into, 'component', ['into'], new Set(['component']))
    : [...units].sort((a, b) => dependedOn(b) - dependedOn(a) || (a < b ? -1 : 1))[0] as EntityRef;
  if (!units.includes(into)) throw new UsageError(`${context.locate(context.at('into'))}: ${into} is not a deployable component of ${system} (${units.join(', ')})`);
  for (const unit of units.filter((u) => u !== into)) {
    editor.absorb(unit, into, KEPT_BY_SURVIVOR);
    outcome.consolidated.set(unit, into);
  }
  if (change.owner !== undefined) setOwner(into, resolve(change.owner, 'group', ['owner'], new Set(['group'])));
  // One deployable has no couplings between its parts: what discovery found between the units is gone.
  outcome.discovery = outcome.discovery.map((section) => (section.system === system ? { ...section, coupling: [] } : section));
  return { action: 'consolidate', text: `${units.length} units of ${system} -> ${into}` };
}

function cut(change: Extract<PlanChange, { cut: object }>, context: Context): Omit<AppliedChange, 'why'> {
  const { editor, resolve, locate, at } = context;
  const from = resolve(change.cut.from, 'component', ['cut', 'from'], new Set(['component']));
  const to = resolve(change.cut.to, 'component', ['cut', 'to'], new Set(['component', 'resource', 'api']));
  let removed = editor.unrelate('dependsOn', from, to);
  if (editor.kindOf(to) === 'api') removed = editor.unrelate('consumesApi', from, to) || removed;
  if (editor.kindOf(to) === 'component') {
    for (const api of editor.targets(to, 'providesApi')) removed = editor.unrelate('consumesApi', from, api) || removed;
  }
  if (!removed) throw new UsageError(`${locate(at('cut'))}: ${from} does not depend on ${to} (nor consume its APIs); nothing to cut`);
  return { action: 'cut', text: `${from} no longer depends on ${to}` };
}

function newOrExistingGroup(editor: ModelEditor, raw: string, where: string): EntityRef {
  const parsed = parseEntityRef(raw, { defaultKind: 'group' });
  if (!parsed.ok) throw new UsageError(`${where}: ${parsed.error}`);
  const ref = stringifyEntityRef(parsed.ref);
  if (!ref.startsWith('group:')) throw new UsageError(`${where}: ${ref} is not a group`);
  return ref;
}

function resolveRef(editor: ModelEditor, raw: string, defaultKind: string, where: string, kinds?: ReadonlySet<string>): EntityRef {
  const parsed = parseEntityRef(raw, { defaultKind });
  if (!parsed.ok) throw new UsageError(`${where}: ${parsed.error}`);
  const ref = stringifyEntityRef(parsed.ref);
  const entity = editor.entity(ref);
  if (!entity) {
    const guess = didYouMean(ref, editor.refs());
    throw new UsageError(`${where}: no ${ref} in the organisation${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  if (kinds && !kinds.has(entity.kind)) throw new UsageError(`${where}: ${ref} is a ${entity.kind}; expected ${[...kinds].join(' or ')}`);
  return ref;
}
