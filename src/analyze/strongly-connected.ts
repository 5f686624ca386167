/**
 * Tarjan's strongly connected components without recursion. graphology-components' version recurses once
 * per node on a path, so a catalog with a dependency chain of ~10,000 components overflowed the stack; this
 * one keeps its own stack and is bounded only by memory. Linear in nodes plus edges.
 */
export function stronglyConnected<T>(nodes: Iterable<T>, successors: (node: T) => readonly T[]): T[][] {
  const order = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const components: T[][] = [];
  let counter = 0;

  for (const root of nodes) {
    if (order.has(root)) continue;
    // Each frame: a node and the index of the next successor to look at.
    const frames: Array<{ node: T; next: number }> = [{ node: root, next: 0 }];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (frame === undefined) break;
      const next = successors(frame.node)[frame.next++];
      if (next !== undefined) {
        if (!order.has(next)) {
          order.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          frames.push({ node: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, order.get(next) ?? 0));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === order.get(frame.node)) {
        const component: T[] = [];
        for (;;) {
          const member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
          if (member === frame.node) break;
        }
        components.push(component);
      }
    }
  }
  return components;
}
