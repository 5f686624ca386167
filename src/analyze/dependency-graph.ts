import type { EntityRef } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import { stronglyConnected } from './strongly-connected.js';

/** One edge between components: declared with dependsOn, or through an API one consumes and the other provides. */
export interface ComponentEdge {
  from: EntityRef;
  to: EntityRef;
  via?: EntityRef;
}

const NO_TARGETS: readonly EntityRef[] = [];

/** Past this many edges from one component, repeats are checked with a Set instead of a scan. */
const SCAN = 16;

/**
 * The org-wide component dependency graph, built once: edges from dependsOn between components and from
 * consumesApi -> apiProvidedBy. Linear in entities plus relations. Plain lists and maps: a graph library's
 * node and edge records (several objects per component) were the analysis stage's largest structure at
 * 50,000 components, and nothing here needs more than the lists.
 */
export class DependencyGraph {
  private readonly edgeList: ComponentEdge[] = [];
  private readonly outgoing = new Map<EntityRef, ComponentEdge[]>();
  private readonly incoming = new Map<EntityRef, EntityRef[]>();
  /** Components first, in model order, then any other target, as first met: the order cycles are searched in. */
  private readonly nodes: EntityRef[] = [];
  private readonly isNode = new Set<EntityRef>();
  /** Targets of components with many edges, so a hub's repeats are not found by scanning. */
  private readonly manyTargets = new Map<EntityRef, Set<EntityRef>>();

  constructor(index: ModelIndex) {
    for (const component of index.ofKind('component')) this.node(component.ref);
    for (const component of index.ofKind('component')) {
      for (const target of index.targets(component.ref, 'dependsOn')) {
        if (target.startsWith('component:')) this.add({ from: component.ref, to: target });
      }
      for (const api of index.targets(component.ref, 'consumesApi')) {
        for (const provider of index.targets(api, 'apiProvidedBy')) {
          if (provider.startsWith('component:')) this.add({ from: component.ref, to: provider, via: api });
        }
      }
    }
  }

  private node(ref: EntityRef): void {
    if (this.isNode.has(ref)) return;
    this.isNode.add(ref);
    this.nodes.push(ref);
  }

  private add(edge: ComponentEdge): void {
    if (edge.from === edge.to) return;
    const list = this.outgoing.get(edge.from) ?? [];
    const many = this.manyTargets.get(edge.from);
    if (many ? many.has(edge.to) : list.some((known) => known.to === edge.to)) return;
    this.node(edge.from);
    this.node(edge.to);
    this.edgeList.push(edge);
    list.push(edge);
    if (many) many.add(edge.to);
    else if (list.length > SCAN) this.manyTargets.set(edge.from, new Set(list.map((known) => known.to)));
    this.outgoing.set(edge.from, list);
    const sources = this.incoming.get(edge.to) ?? [];
    sources.push(edge.from);
    this.incoming.set(edge.to, sources);
  }

  /** Components that depend on `ref`, directly or through an API it provides. */
  dependentsOf(ref: EntityRef): readonly EntityRef[] {
    return this.incoming.get(ref) ?? [];
  }

  edgesFrom(ref: EntityRef): readonly ComponentEdge[] {
    return this.outgoing.get(ref) ?? [];
  }

  get edges(): readonly ComponentEdge[] {
    return this.edgeList;
  }

  /** Strongly connected components of two or more nodes, each as one concrete cycle through all its nodes' order. */
  cycles(): ComponentEdge[][] {
    const cycles: ComponentEdge[][] = [];
    // Tarjan asks for a node's successors once per step: each list is made once, and none for a node without edges.
    const made = new Map<EntityRef, EntityRef[]>();
    const successors = (node: EntityRef): readonly EntityRef[] => {
      const edges = this.edgesFrom(node);
      if (edges.length === 0) return NO_TARGETS;
      let targets = made.get(node);
      if (!targets) {
        targets = edges.map((edge) => edge.to);
        made.set(node, targets);
      }
      return targets;
    };
    for (const scc of stronglyConnected(this.nodes, successors)) {
      if (scc.length < 2) continue;
      const cycle = this.cycleWithin(new Set(scc), [...scc].sort()[0] ?? '');
      if (cycle.length > 0) cycles.push(cycle);
    }
    return cycles.sort((a, b) => (a[0]?.from ?? '').localeCompare(b[0]?.from ?? ''));
  }

  /** A shortest cycle through `start` inside one strongly connected component (BFS back to start). */
  private cycleWithin(members: Set<EntityRef>, start: EntityRef): ComponentEdge[] {
    const cameBy = new Map<EntityRef, ComponentEdge>();
    const queue: EntityRef[] = [start];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? '';
      for (const edge of [...this.edgesFrom(node)].sort((a, b) => a.to.localeCompare(b.to))) {
        if (!members.has(edge.to)) continue;
        if (edge.to === start) return unwind(cameBy, start, edge);
        if (cameBy.has(edge.to)) continue;
        cameBy.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
    return [];
  }
}

function unwind(cameBy: Map<EntityRef, ComponentEdge>, start: EntityRef, last: ComponentEdge): ComponentEdge[] {
  const backwards: ComponentEdge[] = [last];
  let node = last.from;
  while (node !== start) {
    const edge = cameBy.get(node);
    if (!edge) break;
    backwards.push(edge);
    node = edge.from;
  }
  return backwards.reverse();
}
