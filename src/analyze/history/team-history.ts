import type { ComponentHistory, EntityRef, TeamHistory } from '../../result/index.js';
import type { HistoryAccumulator } from './accumulator.js';
import type { PersonMatch } from './people.js';

/** Per team: its members' work, how much of the work on its own components it does, and whom it shares components with. */
export function teamHistories(
  acc: HistoryAccumulator,
  match: (author: string) => PersonMatch | undefined,
  components: readonly ComponentHistory[],
  teams: readonly EntityRef[],
): TeamHistory[] {
  const work = new Map<EntityRef, { revisions: number; files: number; opsFiles: number }>();
  for (const [author, tally] of acc.authors) {
    for (const team of match(author)?.teams ?? []) {
      const entry = work.get(team) ?? { revisions: 0, files: 0, opsFiles: 0 };
      entry.revisions += tally.revisions;
      entry.files += tally.files;
      entry.opsFiles += tally.opsFiles;
      work.set(team, entry);
    }
  }
  // Teams that work on the same components, counted per component so the cost follows the components.
  const shared = new Map<EntityRef, Map<EntityRef, number>>();
  for (const component of components) {
    const total = component.changesByTeam.reduce((sum, t) => sum + t.revisions, 0);
    // A team that made a tenth of a component's changes works on it; fewer is passing by.
    const teamsOnIt = component.changesByTeam.filter((t) => t.revisions / Math.max(1, total) >= 0.1).map((t) => t.team);
    for (const a of teamsOnIt) {
      for (const b of teamsOnIt) {
        if (a === b) continue;
        const counts = shared.get(a) ?? new Map<EntityRef, number>();
        counts.set(b, (counts.get(b) ?? 0) + 1);
        shared.set(a, counts);
      }
    }
  }
  const owned = new Map<EntityRef, ComponentHistory[]>();
  for (const component of components) {
    if (component.owner === undefined) continue;
    const list = owned.get(component.owner) ?? [];
    list.push(component);
    owned.set(component.owner, list);
  }
  return teams
    .filter((team) => work.has(team) || owned.has(team))
    .map((team) => {
      const own = (owned.get(team) ?? []).filter((c) => c.ownerShare !== undefined);
      const ownRevisions = own.reduce((sum, c) => sum + c.matchedRevisions, 0);
      const byTeam = own.reduce((sum, c) => sum + (c.changesByTeam.find((t) => t.team === team)?.revisions ?? 0), 0);
      const coChangesWith = [...(shared.get(team) ?? [])]
        .map(([other, count]) => ({ team: other, components: count }))
        .sort((a, b) => b.components - a.components || a.team.localeCompare(b.team));
      const w = work.get(team) ?? { revisions: 0, files: 0, opsFiles: 0 };
      return {
        team,
        revisions: w.revisions,
        opsShare: w.files > 0 ? round(w.opsFiles / w.files) : 0,
        ...(ownRevisions > 0 ? { alignment: round(byTeam / ownRevisions) } : {}),
        coChangesWith,
      };
    });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
