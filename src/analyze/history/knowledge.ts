/** code-maat's fragmentation: 1 - sum((a_i / n)^2) over the revisions of each author. */
export function fragmentation(byAuthor: ReadonlyMap<string, number>): number {
  const total = [...byAuthor.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return 0;
  return 1 - [...byAuthor.values()].reduce((sum, n) => sum + (n / total) ** 2, 0);
}

export function mainDeveloper(byAuthor: ReadonlyMap<string, number>): { person: string; share: number } | undefined {
  const total = [...byAuthor.values()].reduce((sum, n) => sum + n, 0);
  let best: [string, number] | undefined;
  for (const entry of byAuthor) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best && total > 0 ? { person: best[0], share: best[1] / total } : undefined;
}

/** An author knows a file when they made at least this share of its changes (or the most of them). */
const KNOWER_SHARE = 0.25;

/**
 * Truck factor (after Avelino et al.): the fewest authors whose departure leaves more than half of the
 * files with nobody who knows them. Greedy: remove, one by one, the author who knows the most files
 * still known.
 */
export function truckFactor(byFile: ReadonlyMap<string, ReadonlyMap<string, number>>): number {
  const knowers = new Map<string, Set<string>>();
  for (const [file, authors] of byFile) {
    const total = [...authors.values()].reduce((sum, n) => sum + n, 0);
    const top = Math.max(...authors.values());
    knowers.set(file, new Set([...authors].filter(([, n]) => n === top || n / total >= KNOWER_SHARE).map(([author]) => author)));
  }
  const files = knowers.size;
  if (files === 0) return 0;
  let orphaned = 0;
  let removed = 0;
  while (orphaned * 2 <= files) {
    const counts = new Map<string, number>();
    for (const set of knowers.values()) for (const author of set) counts.set(author, (counts.get(author) ?? 0) + 1);
    const next = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (!next) break;
    removed++;
    for (const [file, set] of knowers) {
      if (set.delete(next[0]) && set.size === 0) {
        orphaned++;
        knowers.delete(file);
      }
    }
  }
  return removed;
}
