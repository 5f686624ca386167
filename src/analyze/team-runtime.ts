import type { Config } from '../config/schema.js';
import type { EntityRef, ModelEntity } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';

/** Annotations that put someone on call: whoever owns the entity carries its pager. */
const ON_CALL = ['pagerduty.com/', 'opsgenie.com/', 'splunk.com/on-call', 'firehydrant.com/', 'incident.io/'];
/** Annotations that say the entity runs somewhere and is watched: its dashboards, metrics, workloads. */
const RUNTIME = ['backstage.io/kubernetes-id', 'backstage.io/kubernetes-label-selector', 'grafana/', 'datadoghq.com/', 'prometheus.io/', 'newrelic.com/', 'dynatrace.com/'];

/** What says a team runs things: pagers and runtime annotations on it and what it runs, and infrastructure it owns. */
export interface TeamRuntime {
  /** `ref: annotation` for the team itself and each entity it runs that carries an on-call annotation. */
  onCall: string[];
  /** `ref: annotation` for runtime and monitoring annotations. */
  runtime: string[];
  /** Components and Resources it owns that are infrastructure (by spec.type or tags). */
  infrastructure: EntityRef[];
}

export function teamRuntime(index: ModelIndex, team: ModelEntity, runs: readonly EntityRef[], owns: readonly EntityRef[], config: Config): TeamRuntime {
  const isInfrastructure = infrastructureTest(config);
  const infrastructure = owns.filter((ref) => {
    const entity = index.entity(ref);
    return entity !== undefined && (entity.kind === 'component' || entity.kind === 'resource') && isInfrastructure(entity);
  });
  const watched = [team, ...[...new Set([...runs, ...infrastructure])].map((ref) => index.entity(ref)).filter((e): e is ModelEntity => e !== undefined)];
  return { onCall: annotated(watched, ON_CALL), runtime: annotated(watched, RUNTIME), infrastructure };
}

// One test per config: it is asked for twice per team, and its two Sets of lower-cased words are the same each time.
const tests = new WeakMap<Config, (entity: ModelEntity) => boolean>();

export function infrastructureTest(config: Config): (entity: ModelEntity) => boolean {
  let test = tests.get(config);
  if (!test) {
    test = makeInfrastructureTest(config);
    tests.set(config, test);
  }
  return test;
}

function makeInfrastructureTest(config: Config): (entity: ModelEntity) => boolean {
  const types = new Set(config.catalog.infrastructureTypes.map((type) => type.toLowerCase()));
  const tags = new Set(config.catalog.infrastructureTags.map((tag) => tag.toLowerCase()));
  return (entity) => (entity.type !== undefined && types.has(entity.type)) || entity.tags.some((tag) => tags.has(tag.toLowerCase()));
}

function annotated(entities: readonly ModelEntity[], prefixes: readonly string[]): string[] {
  return entities.flatMap((entity) => {
    const key = Object.keys(entity.annotations).find((annotation) => prefixes.some((prefix) => annotation.startsWith(prefix)));
    return key ? [`${entity.ref}: ${key}`] : [];
  });
}
