import { describe, expect, it } from 'vitest';
import { RelationSet } from '../../src/model/relation-set.js';
import { RefIds } from '../../src/model/ref-ids.js';
import { IntColumn } from '../../src/model/int-column.js';
import type { Relation, RelationType } from '../../src/result/index.js';

/** What the set must equal: every distinct relation, sorted by source, type, target in code-unit order. */
function expected(added: readonly Relation[]): Relation[] {
  const seen = new Map<string, Relation>();
  for (const r of added) seen.set(`${r.source}\u0000${r.type}\u0000${r.target}`, r);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...seen.values()].sort((a, b) => cmp(a.source, b.source) || cmp(a.type, b.type) || cmp(a.target, b.target));
}

describe('RelationSet', () => {
  it('sorts by source, type, target in code-unit order (upper case, digits and dashes before letters) and drops repeats', () => {
    const added: Relation[] = [
      { type: 'ownerOf', source: 'group:default/team-a', target: 'component:default/web' },
      { type: 'childOf', source: 'group:default/team-a', target: 'group:default/org' },
      { type: 'parentOf', source: 'group:default/org', target: 'group:default/team-a' },
      { type: 'childOf', source: 'group:default/team-a', target: 'group:default/org' },
      { type: 'dependsOn', source: 'component:default/web', target: 'component:default/web-2' },
      { type: 'dependsOn', source: 'component:default/web', target: 'component:default/web10' },
      { type: 'dependsOn', source: 'component:default/web', target: 'component:default/Web' },
      { type: 'dependencyOf', source: 'component:default/web-2', target: 'component:default/web' },
      { type: 'ownedBy', source: 'component:default/web', target: 'group:default/team-a' },
    ];
    const set = new RelationSet();
    for (const r of added) set.add(r.type, r.source, r.target);
    expect(set.sorted()).toEqual(expected(added));
    expect(set.sorted().filter((r) => r.type === 'childOf')).toHaveLength(1);
  });

  it('matches a plain sort on a random organisation of a few thousand relations', () => {
    const types: RelationType[] = ['ownedBy', 'ownerOf', 'partOf', 'hasPart', 'dependsOn', 'dependencyOf', 'memberOf', 'hasMember'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const ref = () => `${['component', 'group', 'api'][next(3)]}:default/e${next(300)}`;
    const added: Relation[] = Array.from({ length: 5000 }, () => ({ type: types[next(types.length)] as RelationType, source: ref(), target: ref() }));
    const set = new RelationSet();
    for (const r of added) set.add(r.type, r.source, r.target);
    expect(set.sorted()).toEqual(expected(added));
  });

  it('gives one source\'s targets of one type first-added first, each once, before sorting (a hub too)', () => {
    const set = new RelationSet();
    set.add('dependencyOf', 'resource:default/db', 'component:default/b');
    set.add('ownedBy', 'resource:default/db', 'group:default/x');
    set.add('dependencyOf', 'resource:default/db', 'component:default/a');
    set.add('dependencyOf', 'resource:default/db', 'component:default/b');
    expect(set.targets('resource:default/db', 'dependencyOf')).toEqual(['component:default/b', 'component:default/a']);
    expect(set.targets('resource:default/db', 'partOf')).toEqual([]);
    expect(set.targets('resource:default/none', 'dependencyOf')).toEqual([]);
    const hub = new RelationSet();
    for (let i = 0; i < 3000; i++) hub.add('dependencyOf', 'resource:default/cluster', `component:default/c${i % 1000}`);
    const targets = hub.targets('resource:default/cluster', 'dependencyOf');
    expect(targets).toHaveLength(1000);
    expect(targets.slice(0, 2)).toEqual(['component:default/c0', 'component:default/c1']);
    expect(hub.sorted()).toHaveLength(1000);
  });

  it('holds one string per ref: relations share the first string added for it', () => {
    const set = new RelationSet();
    const first = ['component:default/', 'web'].join('');
    set.add('ownedBy', first, 'group:default/a');
    set.add('partOf', ['component:default/', 'web'].join(''), 'system:default/s');
    const ids = new RefIds();
    expect(ids.intern(first)).toBe(0);
    expect(ids.intern('group:default/a')).toBe(1);
    expect(ids.intern(['component:default/', 'web'].join(''))).toBe(0);
    expect(ids.ref(1)).toBe('group:default/a');
    expect(ids.sortedRanks()).toEqual({ sorted: ['component:default/web', 'group:default/a'], rank: Int32Array.from([0, 1]) });
    expect(set.sorted().map((r) => r.source)).toEqual(['component:default/web', 'component:default/web']);
  });
});

describe('IntColumn', () => {
  it('reads zero where never set, and keeps values across chunk boundaries', () => {
    const column = new IntColumn();
    expect(column.get(5)).toBe(0);
    column.set(3, -7);
    column.set(65_536 * 2 + 1, 42);
    expect(column.get(3)).toBe(-7);
    expect(column.get(65_536 * 2 + 1)).toBe(42);
    expect(column.get(65_536)).toBe(0);
    expect(column.get(10_000_000)).toBe(0);
  });
});
