import type { ComponentLocation } from './types.js';

interface Node {
  component?: string;
  children: Map<string, Node>;
}

/**
 * Maps a file of a repository to the component whose path prefix is the longest that contains it.
 * A trie over path segments: lookups cost the file's depth, whatever the number of components.
 */
export class PathMap {
  private readonly roots = new Map<string, Node>();

  constructor(locations: readonly ComponentLocation[]) {
    for (const location of locations) {
      let node: Node | undefined = this.roots.get(location.repository);
      if (!node) {
        node = { children: new Map() };
        this.roots.set(location.repository, node);
      }
      for (const segment of segments(location.path)) {
        let child: Node | undefined = node.children.get(segment);
        if (!child) {
          child = { children: new Map() };
          node.children.set(segment, child);
        }
        node = child;
      }
      // Two components claiming the same path: the first keeps it, so the mapping stays deterministic.
      node.component ??= location.component;
    }
  }

  componentOf(repository: string, file: string): string | undefined {
    let node = this.roots.get(repository);
    let found = node?.component;
    for (const segment of segments(file)) {
      node = node?.children.get(segment);
      if (!node) break;
      if (node.component) found = node.component;
    }
    return found;
  }

  hasRepository(repository: string): boolean {
    return this.roots.has(repository);
  }
}

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '' && segment !== '.');
}
