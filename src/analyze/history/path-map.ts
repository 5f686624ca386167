import type { ComponentLocation } from './types.js';

interface Node {
  /** Every component claiming exactly this path, in the order given. */
  components: string[];
  children: Map<string, Node>;
}

/**
 * Maps a file of a repository to the component whose path prefix is the longest that contains it.
 * A trie over path segments: lookups cost the file's depth, whatever the number of components.
 */
export class PathMap {
  private readonly roots = new Map<string, Node>();
  private readonly sharing = new Map<string, Set<string>>();

  constructor(locations: readonly ComponentLocation[]) {
    for (const location of locations) {
      let node: Node | undefined = this.roots.get(location.repository);
      if (!node) {
        node = { components: [], children: new Map() };
        this.roots.set(location.repository, node);
      }
      for (const segment of segments(location.path)) {
        let child: Node | undefined = node.children.get(segment);
        if (!child) {
          child = { components: [], children: new Map() };
          node.children.set(segment, child);
        }
        node = child;
      }
      // Components claiming one path share its history: each is told apart from the others by nothing in git.
      if (!node.components.includes(location.component)) node.components.push(location.component);
      for (const component of node.components) {
        const set = this.sharing.get(component) ?? new Set<string>();
        node.components.forEach((other) => other !== component && set.add(other));
        this.sharing.set(component, set);
      }
    }
  }

  /** The components of the longest path prefix that contains the file (several when they claim one path). */
  componentsOf(repository: string, file: string): readonly string[] {
    let node = this.roots.get(repository);
    let found = node?.components ?? [];
    for (const segment of segments(file)) {
      node = node?.children.get(segment);
      if (!node) break;
      if (node.components.length > 0) found = node.components;
    }
    return found;
  }

  /** Whether two components claim one location: their co-change is the same history counted twice, not coupling. */
  shareLocation(a: string, b: string): boolean {
    return this.sharing.get(a)?.has(b) ?? false;
  }

  hasRepository(repository: string): boolean {
    return this.roots.has(repository);
  }
}

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '' && segment !== '.');
}
