import { isAlias, isCollection, isPair, type Alias, type Document, type Node } from 'yaml';

/**
 * The node each alias of a document stands for, found in one walk: the last node before the alias (in
 * document order) that carries its anchor, as YAML and `Alias.resolve` define it, and undefined for an
 * alias whose anchor comes later or not at all. `Alias.resolve` walks the whole document for every alias,
 * so a file of 20,000 aliases took minutes; this map makes every lookup after the walk constant.
 */
export function aliasSources(doc: Document.Parsed): Map<Alias, Node | undefined> {
  const sources = new Map<Alias, Node | undefined>();
  const anchors = new Map<string, Node>();
  // Pre-order, keys before values, as yaml's own visit goes: an anchor counts from its node on, so an
  // alias inside the node it names resolves to it (and is then found endless by the size bound).
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (isAlias(node)) {
      sources.set(node, anchors.get(node.source));
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const anchor = (node as { anchor?: unknown }).anchor;
    if (typeof anchor === 'string') anchors.set(anchor, node as Node);
    if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return sources;
}
