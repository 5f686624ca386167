import { imageKey } from '../build-units.js';
import { isInside } from '../paths.js';
import type { ArtifactCoupling, Dependency, Resource, Unit } from '../types.js';
import { boundedContexts, contextStem } from '../../util/bounded-context.js';
import { cite, componentRef, resourceRef } from './refs.js';

const DATASTORE_TYPES = new Set(['database', 'storage', 'search-index']);
/** Versions a generator writes: equal everywhere because nobody set them, not because of lockstep. */
const DEFAULT_VERSION = /^(0\.0\.0|0\.0\.1|0\.1\.0|1\.0\.0|1\.0)(-SNAPSHOT)?$/i;
const MIGRATIONS = /^(.*?\/)?(migrations|db\/migrate|db\/migration|alembic\/versions|flyway)\//;

/** Units of one bounded context: one name stem (`orders-api`, `orders-worker`) or one source folder. */
function contextsOf(names: readonly string[], units: readonly Unit[]): string[][] {
  const dirOf = new Map(units.map((u) => [u.name, u.sourceDir]));
  return boundedContexts(names, (name) => name, (a, b) => dirOf.get(a) !== undefined && dirOf.get(a) !== '' && dirOf.get(a) === dirOf.get(b));
}

function contextNote(groups: readonly string[][]): string[] {
  return groups.filter((group) => group.length > 1).map((group) => `${group.join(' and ')}: one bounded context (${contextStem(group[0] ?? '')}), one service in ${group.length} processes`);
}

/**
 * One logical datastore used by units of different bounded contexts. A server is not a database: users
 * naming a database of their own on it share nothing; an API and its worker of one context share their
 * own data. Counted through the same resource (per database name on it), the same database name on
 * different hosts, or one migrations folder in their source.
 */
export function sharedDatastores(units: readonly Unit[], resources: readonly Resource[], dependencies: readonly Dependency[], files: readonly string[]): ArtifactCoupling[] {
  const deployable = new Set(units.filter((u) => u.deployable).map((u) => u.name));
  const signals: ArtifactCoupling[] = [];
  for (const resource of resources.filter((r) => DATASTORE_TYPES.has(r.type))) {
    const linked = dependencies.filter((d) => d.toKind === 'resource' && d.to === resource.name && deployable.has(d.from));
    if (new Set(linked.map((d) => d.from)).size < 2) continue;
    // depends_on orders start-up; only a connection string, host or reference shows a unit using the data.
    const uses = linked.filter((d) => d.kind !== 'depends-on');
    const users = [...new Set(uses.map((d) => d.from))];
    if (users.length < 2) {
      const ordered = [...new Set(linked.filter((d) => d.kind === 'depends-on').map((d) => d.from))];
      signals.push({
        kind: 'shared-datastore', via: 'resource', datastore: resourceRef(resource.name), units: [...new Set(linked.map((d) => d.from))].map(componentRef), coupled: false, threshold: 2,
        evidence: [`${ordered.join(', ')} only start after it (depends_on): start order, not data use`],
      });
      continue;
    }
    // Users without a database name are taken to share the server's default database.
    const byDatabase = new Map<string, string[]>();
    for (const d of uses) byDatabase.set(d.database ?? '', [...new Set([...(byDatabase.get(d.database ?? '') ?? []), d.from])]);
    const contexts = [...byDatabase.values()].map((names) => contextsOf(names, units));
    const coupled = contexts.some((groups) => groups.length >= 2);
    const separate = [...byDatabase.values()].every((names) => names.length === 1) && !byDatabase.has('');
    signals.push({
      kind: 'shared-datastore', via: 'resource', datastore: resourceRef(resource.name), units: users.map(componentRef), coupled, threshold: 2,
      evidence: uses.flatMap((d) => d.evidence.map((e) => `${cite(e)} ${d.from} -> ${d.to}${d.database ? `/${d.database}` : ''}`))
        .concat(separate ? ['every user names a database of its own on this server'] : [], contexts.flatMap(contextNote)),
    });
  }
  const byDatabase = new Map<string, Dependency[]>();
  for (const d of dependencies) if (d.database && deployable.has(d.from)) byDatabase.set(d.database, [...(byDatabase.get(d.database) ?? []), d]);
  for (const [database, uses] of byDatabase) {
    const users = [...new Set(uses.map((d) => d.from))];
    if (users.length < 2 || new Set(uses.map((d) => d.to)).size < 2) continue; // one resource: reported above
    const groups = contextsOf(users, units);
    signals.push({ kind: 'shared-datastore', via: 'database-name', datastore: database, units: users.map(componentRef), coupled: groups.length >= 2, threshold: 2, evidence: uses.flatMap((d) => d.evidence.map(cite)).concat(contextNote(groups)) });
  }
  const migrationDirs = new Set(files.map((f) => MIGRATIONS.exec(f)?.[0]?.replace(/\/$/, '')).filter((d): d is string => d !== undefined));
  for (const dir of migrationDirs) {
    const users = units.filter((u) => u.deployable && u.sourceDir !== '' && isInside(dir, u.sourceDir));
    if (users.length < 2) continue;
    const groups = contextsOf(users.map((u) => u.name), units);
    signals.push({ kind: 'shared-datastore', via: 'migrations', datastore: dir, units: users.map((u) => componentRef(u.name)), coupled: groups.length >= 2, threshold: 2, evidence: [`${dir}/ lies in the source of ${users.map((u) => u.name).join(', ')}`, ...contextNote(groups)] });
  }
  return signals;
}

/** Several units built from one image, or one build context and Dockerfile (started with other commands). */
export function sharedImages(units: readonly Unit[]): ArtifactCoupling[] {
  const groups = new Map<string, Unit[]>();
  for (const unit of units.filter((u) => u.deployable)) {
    const key = unit.build ? `${unit.build.context}${unit.build.dockerfile ? ` (${unit.build.dockerfile})` : ''}` : unit.image ? imageKey(unit.image) : undefined;
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), unit]);
  }
  return [...groups].filter(([, group]) => group.length >= 2).map(([image, group]) => ({
    kind: 'shared-image' as const, image, units: group.map((u) => componentRef(u.name)), coupled: true, threshold: 2,
    evidence: group.map((u) => `${cite(u.evidence[0] ?? { file: '?', line: 0, column: 0 })} ${u.name}${u.build?.command ? ` runs "${u.build.command}"` : ''}`),
  }));
}

/** An image's tag, unless it says nothing about a version (`latest`, a branch, a digest only). */
function imageTag(image: string | undefined): string | undefined {
  const tag = /:([\w][\w.-]*)$/.exec((image ?? '').split('@')[0] ?? '')?.[1];
  return tag && /\d/.test(tag) && !/^(latest|main|master|dev|edge|stable)$/i.test(tag) ? tag : undefined;
}

/**
 * One version string for every versioned unit, read twice: from the manifests (package.json, pom, Chart
 * appVersion, csproj) and from the image tags the deploy manifests use. A generator's default version is
 * noted, not counted.
 */
export function lockstepVersioning(units: readonly Unit[]): ArtifactCoupling[] {
  const deployables = units.filter((u) => u.deployable);
  const fromManifests = deployables.flatMap((u) => (u.version ? [{ unit: u, version: u.version, source: 'manifest' }] : []));
  const fromImages = deployables.flatMap((u) => {
    const tag = imageTag(u.image);
    return tag ? [{ unit: u, version: tag, source: `image ${u.image ?? ''}` }] : [];
  });
  return [fromManifests, fromImages].flatMap((versioned) => {
    const versions = new Set(versioned.map((v) => v.version));
    if (versioned.length < 2 || versions.size !== 1) return [];
    const version = versioned[0]?.version ?? '';
    const isDefault = DEFAULT_VERSION.test(version);
    return [{
      kind: 'lockstep-versioning' as const, version, versionedUnits: versioned.length, units: versioned.map((v) => componentRef(v.unit.name)),
      coupled: !isDefault && versioned.length / deployables.length >= 0.5, threshold: 0.5,
      evidence: versioned.map((v) => `${v.unit.name} ${v.version} from ${v.source === 'manifest' ? 'its manifest' : v.source} (${cite(v.unit.evidence[0] ?? { file: '?', line: 0, column: 0 })})`)
        .concat(isDefault ? [`${version} is a generator's default version`] : []),
    }];
  });
}
