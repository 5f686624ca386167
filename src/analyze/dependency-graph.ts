import { DirectedGraph } from 'graphology';
import type { EntityRef } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import { stronglyConnected } from './strongly-connected.js';

/** One edge between components: declared with dependsOn, or through an API one consumes and the other provides. */
export interface ComponentEdge {
  from: EntityRef;
  to: EntityRef;
  via?: EntityRef;
}

/**
 * The org-wide component dependency graph, built once: edges from dependsOn between components and from
 * consumesApi -> apiProvidedBy. Linear in entities plus relations.
 */
export class DependencyGraph {
  readonly graph = new DirectedGraph({ multi: false, allowSelfLoops: false });
  private readonly edgeList: ComponentEdge[] = [];
  private readonly outgoing = new Map<EntityRef, ComponentEdge[]>();
  private readonly incoming = new Map<EntityRef, EntityRef[]>();

  constructor(index: ModelIndex) {
    for (const component of index.ofKind('component')) this.graph.mergeNode(component.ref);
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

  private add(edge: ComponentEdge): void {
    if (edge.from === edge.to || this.graph.hasEdge(edge.from, edge.to)) return;
    this.graph.mergeNode(edge.to);
    this.graph.addDirectedEdge(edge.from, edge.to);
    this.edgeList.push(edge);
    const list = this.outgoing.get(edge.from) ?? [];
    list.push(edge);
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
    const successors = (node: EntityRef) => this.edgesFrom(node).map((edge) => edge.to);
    for (const scc of stronglyConnected(this.graph.nodes(), successors)) {
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
