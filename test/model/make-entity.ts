import type { JsonObject, JsonValue, KnownKind, RawEntity } from '../../src/ingest/types.js';
import type { SourcePosition } from '../../src/result/index.js';

export interface EntityInput {
  kind: KnownKind;
  name: string;
  namespace?: string;
  title?: string;
  annotations?: Record<string, string>;
  spec?: JsonObject;
  file?: string;
  /** Line of the document's first key; later keys get the following lines. */
  line?: number;
}

/**
 * A RawEntity as the ingest stage would produce it, with a position for every value: the document starts
 * at `line`, then metadata.name, each annotation, and each spec value (depth first) on the lines after it.
 */
export function makeEntity(input: EntityInput): RawEntity {
  const file = input.file ?? 'catalog.yaml';
  let line = input.line ?? 1;
  const at = (): SourcePosition => ({ file, line: line++, column: 3 });
  const position = at();
  const positions = new Map<string, SourcePosition>();
  positions.set('metadata.name', at());
  const annotations = input.annotations ?? {};
  for (const key of Object.keys(annotations)) positions.set(`metadata.annotations.${key}`, at());
  const spec = input.spec ?? {};
  const walk = (path: string, value: JsonValue): void => {
    positions.set(path, at());
    if (Array.isArray(value)) value.forEach((item, index) => walk(`${path}.${index}`, item));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(`${path}.${key}`, item);
  };
  for (const [key, value] of Object.entries(spec)) walk(`spec.${key}`, value);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: input.kind,
    metadata: {
      name: input.name,
      namespace: input.namespace ?? 'default',
      ...(input.title !== undefined && { title: input.title }),
      annotations,
      labels: {},
      tags: [],
    },
    spec,
    position,
    positions,
  };
}
