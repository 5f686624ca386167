import type { AnalysisResult } from '../../src/result/index.js';

/** Annotations Backstage adds when it reads a file; a file read of the same entities cannot have them. */
const ADDED_BY_BACKSTAGE = new Set(['backstage.io/managed-by-location', 'backstage.io/managed-by-origin-location']);
/** Where things were read from differs by design between a file read and an API read. */
const PLACES = new Set(['file', 'line', 'column', 'source', 'location', 'field']);

/**
 * The parts of a result that must be identical whether the catalog was read from files or from Backstage:
 * verdicts, findings, the model. Places are dropped and every list sorted, because Backstage returns
 * entities in its own order and lists follow the order entities were read in.
 */
export function comparable(result: AnalysisResult): unknown {
  const { systems, teams, findings, model, summary } = result;
  const { diagnostics: _diagnostics, ...counts } = summary;
  return normalise({ systems, teams, findings, entities: model.entities, relations: model.relations, counts });
}

/** Any answer built from a result (a Backstage plugin's per-entity answer), with places dropped and lists sorted as above. */
export function comparableValue(value: unknown): unknown {
  return normalise(value);
}

function normalise(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => normalise(item)).sort((a, b) => order(JSON.stringify(a), JSON.stringify(b)));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value)
    .filter(([name]) => !PLACES.has(name) && !(key === 'annotations' && ADDED_BY_BACKSTAGE.has(name)))
    .map(([name, item]) => [name, normalise(item, name)] as const);
  return Object.fromEntries(entries);
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
