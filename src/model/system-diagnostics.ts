import type { RawEntity } from '../ingest/types.js';
import type { Diagnostic, EntityRef, ModelEntity } from '../result/index.js';
import { MODEL_DIAGNOSTICS } from './diagnostics.js';
import { declares } from './infer-systems.js';
import type { RelationSet } from './relation-set.js';

const KIND_WORDS: ReadonlyArray<[RawEntity['kind'], string]> = [['Component', 'component'], ['API', 'API'], ['Resource', 'resource']];

/**
 * One `no-system` diagnostic for every Component, API and Resource left outside any System (a subcomponent
 * belongs to its parent's), with their count and list, instead of one per entity: in a catalog without
 * Systems those were hundreds of lines saying one thing. An entity that names a System that does not exist
 * is not counted: its dangling reference is reported where it is written.
 */
export function noSystemDiagnostic(kept: ReadonlyArray<{ raw: RawEntity; entity: ModelEntity }>, relations: RelationSet, inferring: boolean): Diagnostic[] {
  const outside = kept.filter(({ raw, entity }) =>
    KIND_WORDS.some(([kind]) => kind === raw.kind) &&
    !declares(raw, 'system') &&
    !(raw.kind === 'Component' && declares(raw, 'subcomponentOf')) &&
    ![...relations.targets(entity.ref, 'partOf')].some((ref) => ref.startsWith('system:')));
  if (outside.length === 0) return [];
  const counts = KIND_WORDS.map(([kind, word]) => [outside.filter(({ raw }) => raw.kind === kind).length, word] as const)
    .filter(([count]) => count > 0)
    .map(([count, word]) => `${count} ${word}${count === 1 ? '' : 's'}`);
  const why = inferring
    ? 'Inferred systems form only around deployable components, and an API or Resource joins one only when all that provide or use it lie in it'
    : 'No system is inferred because catalog.inferSystems is false; set it to true to group components into inferred systems';
  const refs = outside.map(({ entity }) => entity.ref).sort();
  const message = `${outside.length} entities (${counts.join(', ')}) belong to no System and stay out of every architecture verdict; their ownership is still checked. ${why}: ${refs.join(', ')}`;
  return [{ severity: MODEL_DIAGNOSTICS['no-system'], code: 'no-system', message }];
}

/** What inference did, in one line: how many systems, by which step, and how to turn it off. */
export function inferredSystemsDiagnostic(systems: readonly ModelEntity[]): Diagnostic[] {
  if (systems.length === 0) return [];
  const steps: Array<[string, string]> = [['domain', 'by Domain'], ['repository', 'by repository'], ['dependencies', 'by dependencies within one owner'], ['component', 'lone deployable components']];
  const by = steps
    .map(([how, words]) => [systems.filter((system) => system.inferred?.how === how).length, words] as const)
    .filter(([count]) => count > 0)
    .map(([count, words]) => `${words}: ${count}`);
  const refs: EntityRef[] = systems.map((system) => system.ref);
  const message = `${systems.length} system(s) inferred for components that declare none (${by.join(', ')}); they are marked teamfit.dev/inferred and their verdicts are held to less confidence (catalog.inferSystems: false turns this off): ${refs.join(', ')}`;
  return [{ severity: MODEL_DIAGNOSTICS['inferred-systems'], code: 'inferred-systems', message }];
}
