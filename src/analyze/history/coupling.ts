import type { ComponentCoupling, EntityRef } from '../../result/index.js';
import type { HistoryAccumulator } from './accumulator.js';
import type { HistoryOptions } from './options.js';

type Owner = (component: EntityRef) => EntityRef | undefined;

// The pairs are the history's; only whether they cross a team is the model's: a what-if's before and after share them.
const pairsOf = new WeakMap<HistoryAccumulator, Array<Omit<ComponentCoupling, 'crossTeam'>>>();

/** Change coupling between components: by commit in one repository, by author window and ticket across repositories. */
export function componentCoupling(acc: HistoryAccumulator, options: HistoryOptions, ownerOf: Owner): ComponentCoupling[] {
  let pairs = pairsOf.get(acc);
  if (!pairs) {
    pairs = coupledPairs(acc, options);
    pairsOf.set(acc, pairs);
  }
  return pairs.map((pair) => {
    const ownerA = ownerOf(pair.a);
    const ownerB = ownerOf(pair.b);
    return { ...pair, crossTeam: ownerA !== undefined && ownerB !== undefined && ownerA !== ownerB };
  });
}

function coupledPairs(acc: HistoryAccumulator, options: HistoryOptions): Array<Omit<ComponentCoupling, 'crossTeam'>> {
  const byCommit = [...acc.pairs].map(([key, shared]) => ({ key, shared, by: 'commit' as const }));
  const across = [...crossRepositoryPairs(acc, options)].map(([key, { shared, by }]) => ({ key, shared, by }));
  const result: Array<Omit<ComponentCoupling, 'crossTeam'>> = [];
  for (const { key, shared, by } of [...byCommit, ...across]) {
    const [a = '', b = ''] = key.split('\u0000');
    const revsA = acc.components.get(a)?.couplingRevisions ?? 0;
    const revsB = acc.components.get(b)?.couplingRevisions ?? 0;
    const average = (revsA + revsB) / 2;
    if (average < options.minRevs || shared < options.minSharedRevs) continue;
    const degree = Math.min(100, Math.round((shared / average) * 100));
    if (degree < options.minCoupling || degree > options.maxCoupling) continue;
    result.push({ a, b, shared, degree, by });
  }
  return result.sort((x, y) => y.degree - x.degree || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Pairs of components in different repositories changed by one author within the window, or under one ticket. */
function crossRepositoryPairs(acc: HistoryAccumulator, options: HistoryOptions): Map<string, { shared: number; by: 'author-window' | 'ticket' }> {
  const pairs = new Map<string, { shared: number; by: 'author-window' | 'ticket' }>();
  const count = (a: string, b: string, by: 'author-window' | 'ticket') => {
    if (a === b) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    const entry = pairs.get(key) ?? { shared: 0, by };
    entry.shared++;
    pairs.set(key, entry);
  };
  const window = options.authorWindowHours * 3600;
  for (const touches of acc.touches.values()) {
    const sorted = [...touches].sort((x, y) => x.date - y.date);
    let start = 0;
    for (let i = 0; i < sorted.length; i++) {
      const current = sorted[i];
      if (!current) continue;
      while ((sorted[start]?.date ?? Infinity) < current.date - window) start++;
      for (let j = start; j < i; j++) {
        const earlier = sorted[j];
        if (!earlier || earlier.repository === current.repository) continue;
        for (const a of earlier.components) for (const b of current.components) count(a, b, 'author-window');
      }
    }
  }
  for (const members of acc.tickets.values()) {
    const list = [...members].map((entry) => entry.split('\u0000') as [string, string]);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [repoA, a] = list[i] ?? ['', ''];
        const [repoB, b] = list[j] ?? ['', ''];
        if (repoA !== repoB) count(a, b, 'ticket');
      }
    }
  }
  return pairs;
}
