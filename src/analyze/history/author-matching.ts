import type { AuthorMatching, BotIdentity, PersonHistory } from '../../result/index.js';
import type { HistoryAccumulator } from './accumulator.js';

const TOP = 10;

/** How many authors and commits the catalog's Users account for, by match method, and who is left. */
export function authorMatching(people: readonly PersonHistory[]): AuthorMatching {
  const byMethod = new Map<string, { authors: number; commits: number }>();
  const unmatched = people.filter((person) => person.user === undefined);
  for (const person of people) {
    if (person.matchedBy === undefined) continue;
    const entry = byMethod.get(person.matchedBy) ?? { authors: 0, commits: 0 };
    entry.authors++;
    entry.commits += person.revisions;
    byMethod.set(person.matchedBy, entry);
  }
  const sum = (list: readonly PersonHistory[]) => list.reduce((total, person) => total + person.revisions, 0);
  const top = [...unmatched].sort((a, b) => b.revisions - a.revisions || a.id.localeCompare(b.id)).slice(0, TOP);
  return {
    authors: people.length,
    commits: sum(people),
    matched: {
      authors: people.length - unmatched.length,
      commits: sum(people) - sum(unmatched),
      byMethod: [...byMethod].map(([method, entry]) => ({ method, ...entry })).sort((a, b) => b.commits - a.commits || a.method.localeCompare(b.method)),
    },
    unmatched: { authors: unmatched.length, commits: sum(unmatched), top: top.map(({ id, name, revisions }) => ({ id, name, revisions })) },
  };
}

/** Every identity taken as a bot, most commits first, with the rule that said so. */
export function botIdentities(acc: HistoryAccumulator): BotIdentity[] {
  return [...acc.bots.values()]
    .map(({ name, email, commits, rule, source }) => ({ name, email, commits, rule, source }))
    .sort((a, b) => b.commits - a.commits || a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}
