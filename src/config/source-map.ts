import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

export interface Place {
  line: number;
  column: number;
}

/**
 * Where a key path points in a parsed YAML (or JSON) document: at the value's node, or with `atKey` at
 * that key of the object the path names (an unknown key is best shown where it is written). A path that
 * leaves the document stops at the deepest node it reached, so a problem in a missing part is shown at
 * the object that lacks it.
 */
export function placeOf(document: Document, lines: LineCounter, path: readonly PropertyKey[], atKey?: string): Place {
  const segments = atKey === undefined ? path : [...path, atKey];
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of segments.entries()) {
    const container = isAlias(node) ? node.resolve(document) : node;
    let child: unknown;
    if (isMap(container)) {
      const pair = container.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair === undefined) break;
      const isUnknownKey = atKey !== undefined && index === segments.length - 1;
      child = isUnknownKey || pair.value === null ? pair.key : pair.value;
    } else if (isSeq(container)) {
      child = container.items[Number(segment)];
    }
    const start = rangeStart(child);
    if (start === undefined) break;
    node = child;
    offset = start;
  }
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}
