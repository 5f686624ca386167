import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { stronglyConnected } from '../../src/analyze/strongly-connected.js';
import { temporaryDirectory } from '../cli/run-teamfit.js';

const N = 10_000;

function chainCatalog(closed: boolean): string {
  const docs = ['kind: Group\nmetadata: {name: t}\nspec: {type: team, children: []}', 'kind: System\nmetadata: {name: s}\nspec: {owner: t}'];
  for (let i = 0; i < N; i++) {
    const next = i + 1 < N ? `c${i + 1}` : closed ? 'c0' : undefined;
    docs.push(`kind: Component\nmetadata: {name: c${i}}\nspec: {type: service, lifecycle: production, owner: t, system: s${next ? `, dependsOn: [component:${next}]` : ''}}`);
  }
  return docs.map((doc) => `apiVersion: backstage.io/v1alpha1\n${doc}\n`).join('---\n');
}

describe('graphs as deep as a catalog can make them', () => {
  it(`a dependency chain and a cycle of ${N} components are analysed, the cycle shortened with its length`, async () => {
    const dir = await temporaryDirectory();
    await writeFile(join(dir, 'chain.yaml'), chainCatalog(false));
    const chain = await analyze({ paths: [join(dir, 'chain.yaml')], cwd: dir });
    expect(chain.findings.filter((f) => f.ruleId === 'dependency-cycle')).toEqual([]);
    await writeFile(join(dir, 'chain.yaml'), chainCatalog(true));
    const ring = await analyze({ paths: [join(dir, 'chain.yaml')], cwd: dir });
    const cycles = ring.findings.flatMap((f) => (f.ruleId === 'dependency-cycle' ? [f] : []));
    expect(cycles).toHaveLength(1);
    const [cycle] = cycles;
    expect(cycle?.evidence.length).toBe(N);
    expect(cycle?.evidence.cycle).toHaveLength(100);
    expect(cycle?.message).toBe(
      `Dependency cycle of ${N} components: ${[0, 1, 2, 3, 4, 5].map((i) => `component:default/c${i}`).join(' -> ')} -> ... ${N - 7} more ... -> component:default/c${N - 1} -> component:default/c0. None of these can be changed or released without the others.`,
    );
  }, 120_000);

  it('property: the iterative components partition the nodes, and two nodes share one exactly when each reaches the other', () => {
    const graphs = fc.integer({ min: 1, max: 9 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 25 })));
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const nodes = Array.from({ length: n }, (_, i) => i);
        const next = (node: number) => edges.filter(([from]) => from === node).map(([, to]) => to);
        const reach = nodes.map((start) => {
          const seen = new Set([start]);
          const todo = [start];
          while (todo.length > 0) for (const to of next(todo.pop() ?? 0)) if (!seen.has(to)) (seen.add(to), todo.push(to));
          return seen;
        });
        const components = stronglyConnected(nodes, next);
        expect(components.flat().sort((a, b) => a - b)).toEqual(nodes);
        const componentOf = new Map(components.flatMap((members, index) => members.map((member) => [member, index] as const)));
        for (const a of nodes) for (const b of nodes) expect(componentOf.get(a) === componentOf.get(b)).toBe(reach[a]?.has(b) === true && reach[b]?.has(a) === true);
      }),
    );
  });
});
