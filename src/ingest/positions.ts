import { isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import type { SourcePosition } from '../result/index.js';

/** Where a byte offset of `file` lies, 1-based. */
export function positionAt(file: string, lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { file, line, column: col };
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/**
 * Records the position of every value under `node` by dotted path. Aliases are recorded where they are
 * written and never followed: following them would let an alias bomb blow up this walk as well.
 */
export function collectPositions(
  node: Node | null,
  file: string,
  lineCounter: LineCounter,
  prefix = '',
  into = new Map<string, SourcePosition>(),
): Map<string, SourcePosition> {
  if (!node) return into;
  if (node.range && prefix !== '') into.set(prefix, positionAt(file, lineCounter, node.range[0]));
  if (isAlias(node)) return into;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const path = prefix === '' ? keyText(pair.key) : `${prefix}.${keyText(pair.key)}`;
      const value = pair.value;
      if (isScalar(value) || isMap(value) || isSeq(value) || isAlias(value)) {
        collectPositions(value, file, lineCounter, path, into);
      }
      // An empty value (`owner:`) has no node of its own or an empty range; point at the key instead.
      const keyNode = pair.key;
      const emptyValue = !value || (isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1]);
      if (emptyValue && isScalar(keyNode) && keyNode.range) into.set(path, positionAt(file, lineCounter, keyNode.range[0]));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const path = prefix === '' ? String(index) : `${prefix}.${index}`;
      if (isScalar(item) || isMap(item) || isSeq(item) || isAlias(item)) {
        collectPositions(item, file, lineCounter, path, into);
      }
    });
  }
  return into;
}
