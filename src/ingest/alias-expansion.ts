import { isAlias, isMap, isPair, isSeq, type Alias, type Document, type Node } from 'yaml';
import { aliasSources } from './alias-sources.js';

/**
 * How many nodes a document's contents hold once every alias is expanded, as the JSON of the entity would
 * hold them; counting stops past `limit` (and a self-referencing alias counts as past it). Each anchored
 * node is sized once and each alias looked up once, so the work is linear in the document: a
 * billion-laughs bomb is measured in a few steps, while a file that reuses `&defaults` a hundred times is
 * measured at what it really expands to.
 */
export function expandedSize(doc: Document.Parsed, limit: number, sources: ReadonlyMap<Alias, Node | undefined> = aliasSources(doc)): number {
  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  const size = (node: unknown): number => {
    if (isAlias(node)) {
      const source = sources.get(node);
      return source === undefined ? 1 : size(source);
    }
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (inProgress.has(node)) return Infinity;
    inProgress.add(node);
    let total = 1;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        total += isPair(item) ? size(item.key) + size(item.value) : size(item);
        if (total > limit) break;
      }
    }
    inProgress.delete(node);
    sizes.set(node, total);
    return total;
  };
  return size(doc.contents as Node | null);
}
