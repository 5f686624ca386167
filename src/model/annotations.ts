import type { RawEntity } from '../ingest/types.js';
import {
  ARCHITECTURES,
  TEAM_STRUCTURE_DECLARATIONS,
  type Architecture,
  type Diagnostic,
  type EntityRef,
  type ModelEntity,
} from '../result/index.js';
import { describeEntity, modelDiagnostic, positionOf } from './diagnostics.js';

export const ROLE_ANNOTATION = 'teamfit.dev/role';
export const STRUCTURE_ANNOTATION = 'teamfit.dev/structure';
export const ARCHITECTURE_ANNOTATION = 'teamfit.dev/architecture';

type Declarations = Pick<ModelEntity, 'role' | 'declaredStructure' | 'declaredStructureSource' | 'declaredArchitecture'>;

/** Reads teamfit's own annotations; a value outside its vocabulary is reported and ignored. */
export function readDeclarations(raw: RawEntity, ref: EntityRef, diagnostics: Diagnostic[]): Declarations {
  const annotations = raw.metadata.annotations;
  if (raw.kind === 'User') {
    // Any role is kept: dev, ops and sre are the ones the analysis reads, others are still shown.
    const role = annotations[ROLE_ANNOTATION]?.trim().toLowerCase();
    return role ? { role } : {};
  }
  if (raw.kind === 'Group') {
    const declared = pick(raw, ref, STRUCTURE_ANNOTATION, TEAM_STRUCTURE_DECLARATIONS, diagnostics);
    if (declared) return { declaredStructure: declared, declaredStructureSource: 'annotation' };
    return isNamedDevOps(raw) ? { declaredStructure: 'devops', declaredStructureSource: 'name' } : {};
  }
  if (raw.kind === 'System') {
    const architecture: Architecture | undefined = pick(raw, ref, ARCHITECTURE_ANNOTATION, ARCHITECTURES, diagnostics);
    return architecture ? { declaredArchitecture: architecture } : {};
  }
  return {};
}

function pick<T extends string>(
  raw: RawEntity,
  ref: EntityRef,
  annotation: string,
  allowed: readonly T[],
  diagnostics: Diagnostic[],
): T | undefined {
  const written = raw.metadata.annotations[annotation];
  if (written === undefined) return undefined;
  const value = written.trim().toLowerCase();
  const match = allowed.find((candidate) => candidate === value);
  if (match) return match;
  const message = `${describeEntity(raw)}: annotation ${annotation} "${written}" is not one of ${allowed.join(', ')}; it is ignored`;
  diagnostics.push(modelDiagnostic('invalid-annotation', message, positionOf(raw, `metadata.annotations.${annotation}`), ref));
  return undefined;
}

/**
 * The post's opening anti-pattern is a team *called* DevOps, so the name counts as a declaration. Spaces,
 * hyphens and underscores are ignored so that "Dev Ops" and "dev-ops-team" count too.
 */
function isNamedDevOps(raw: RawEntity): boolean {
  const profile = raw.spec['profile'];
  const displayName =
    profile && typeof profile === 'object' && !Array.isArray(profile) ? profile['displayName'] : undefined;
  const names = [raw.metadata.name, raw.metadata.title, typeof displayName === 'string' ? displayName : undefined];
  return names.some((name) => name !== undefined && name.toLowerCase().replace(/[\s_-]/g, '').includes('devops'));
}
