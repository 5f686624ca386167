import { isInside } from '../paths.js';
import { readRepoFile } from '../repo-files.js';
import type { ArtifactCoupling, Dependency, Unit } from '../types.js';
import { cite, componentRef, round } from './refs.js';

/**
 * Names of persistence: entities, mappers, repositories, a data access layer (documented in the README).
 * Names of shapes that travel or help (`dto`, `model`, `domain` folders of result wrappers, `data`,
 * `schema`, `util`) are left out: a library of transfer objects and utilities lets each unit keep its own
 * entities, so it is not the shared domain the model means.
 */
const PERSISTENCE_NAME = /(^|[^a-z])(entit(y|ies)|persistence|dal|dao|orm|repositor(y|ies)|mappers?)([^a-z]|$)/i;
/** ORM and schema markers: JPA/Hibernate, EF Core, Django, ActiveRecord, GORM, Diesel, TypeORM, Mongoose, Prisma, SQLAlchemy, MyBatis-Plus. */
const ORM_MARKER = /@Entity\b|@Table\s*\(|\[Table\s*\(|:\s*DbContext\b|models\.Model\b|<\s*ApplicationRecord|ActiveRecord::Base|gorm\.Model|#\[derive\([^)]*(Queryable|Insertable)|@Column\s*\(|new\s+(mongoose\.)?Schema\s*\(|^model\s+\w+\s*\{|declarative_base\s*\(|DeclarativeBase\b|@TableName\s*\(/m;
const SOURCE = /\.(java|kt|cs|fs|go|rs|ts|js|py|rb|prisma|scala)$/;
const MAX_SAMPLED = 200;

export const SHARED_LIBRARY_SHARE = 0.5;

/**
 * Internal libraries most deployable units depend on (directly or through other libraries). Coupling when
 * the library holds entities or persistence (the tables every unit then changes with): judged by its name,
 * its folder names and a sample of its source files for ORM markers — cheap heuristics, listed in `domainHints`.
 */
export async function sharedLibraries(root: string, units: readonly Unit[], dependencies: readonly Dependency[], files: readonly string[]): Promise<ArtifactCoupling[]> {
  const deployables = units.filter((u) => u.deployable);
  if (deployables.length < 2) return [];
  const libraryEdges = dependencies.filter((d) => d.kind === 'library');
  const signals: ArtifactCoupling[] = [];
  for (const library of units.filter((u) => !u.deployable)) {
    const dependents = deployables.filter((unit) => reaches(unit.name, library.name, libraryEdges));
    const share = dependents.length / deployables.length;
    if (dependents.length < 2 || share < SHARED_LIBRARY_SHARE) continue;
    const hints = await domainHints(root, library, files);
    const direct = libraryEdges.filter((d) => d.to === library.name);
    signals.push({
      kind: 'shared-library', library: componentRef(library.name), dir: library.sourceDir, share: round(share), holdsDomainTypes: hints.length > 0, domainHints: hints,
      units: dependents.map((u) => componentRef(u.name)), coupled: hints.length > 0, threshold: SHARED_LIBRARY_SHARE,
      evidence: direct.flatMap((d) => d.evidence.map((e) => `${cite(e)} ${d.from} -> ${library.name}`)),
    });
  }
  return signals;
}

function reaches(from: string, to: string, edges: readonly Dependency[]): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const current = queue.shift() ?? '';
    for (const edge of edges) {
      if (edge.from !== current || seen.has(edge.to)) continue;
      if (edge.to === to) return true;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return false;
}

/** Published contracts and clients (`orders-api`, `catalog-client`, proto/IDL packages): evidence of independence, not shared entities. */
const CONTRACT_NAME = /(^|[-_.])(api|apis|client|clients|sdk|proto|protos|grpc|idl|contracts?|interfaces?)$/i;

async function domainHints(root: string, library: Unit, files: readonly string[]): Promise<string[]> {
  const hints: string[] = [];
  const isContract = CONTRACT_NAME.test(library.name);
  if (PERSISTENCE_NAME.test(library.name) && !isContract) hints.push(`name "${library.name}"`);
  const inside = library.sourceDir === '' ? [] : files.filter((f) => isInside(f, library.sourceDir) && f !== library.sourceDir);
  const folders = new Set(inside.flatMap((f) => f.slice(library.sourceDir === '.' ? 0 : library.sourceDir.length + 1).split('/').slice(0, -1)));
  const named = [...folders].filter((folder) => PERSISTENCE_NAME.test(folder)).slice(0, 3);
  if (named.length > 0 && !isContract) hints.push(`folders ${named.join(', ')}`);
  for (const file of inside.filter((f) => SOURCE.test(f)).slice(0, MAX_SAMPLED)) {
    const text = await readRepoFile(root, file);
    const marker = text === undefined ? undefined : ORM_MARKER.exec(text);
    if (marker && text !== undefined) {
      const line = text.slice(0, marker.index).split('\n').length;
      hints.push(`ORM marker ${marker[0].trim()} at ${cite({ file, line, column: 1 })}`);
      break;
    }
  }
  return hints;
}
