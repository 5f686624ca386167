import type { EntityRef } from '../result/index.js';
import type { ModelIndex } from '../model/model-index.js';
import { sourceLocationOf } from './history/source-location.js';
import type { HistoryFacts } from './history-facts.js';
import { codeOwnerTeams } from './codeowner-teams.js';

/** Someone whose changes show a skill: a member, or an author CODEOWNERS puts in the team. */
export interface PersonWork {
  id: string;
  user?: EntityRef;
  via: 'member' | 'codeowners';
  revisions: number;
  opsShare: number;
}

/** The operations work in the changes made to what a team owns, and who made it. */
export interface TeamWork {
  /** Owned components whose history was read. */
  components: EntityRef[];
  /** Repositories of owned components that were not read (`host/owner/repo`). */
  unread: string[];
  /** File changes counted as the team's: by members, by authors CODEOWNERS maps to it, by unmatched authors. */
  files: number;
  opsFiles: number;
  by: { members: number; codeOwners: number; unmatched: number; otherTeams: number };
  /** Operations-file changes to what it owns made by members of other teams. */
  otherTeamsOpsFiles: number;
  people: PersonWork[];
}

/**
 * Work on the team's own components, attributed author by author: a member; else, when CODEOWNERS of
 * the component names the team, an author of the team; else a member of another team (left out of the
 * team's share, counted apart); else unmatched (counted: it is work on what the team owns).
 */
export function teamWork(index: ModelIndex, history: HistoryFacts, team: EntityRef, owned: readonly EntityRef[]): TeamWork {
  const work: TeamWork = { components: [], unread: [], files: 0, opsFiles: 0, by: { members: 0, codeOwners: 0, unmatched: 0, otherTeams: 0 }, otherTeamsOpsFiles: 0, people: [] };
  const teamOfHandle = codeOwnerTeams(index);
  const people = new Map<string, PersonWork>();
  for (const member of history.contributors(team)) {
    people.set(member.id, { id: member.id, ...(member.user ? { user: member.user } : {}), via: 'member', revisions: member.revisions, opsShare: member.opsShare });
  }
  const unread = new Set<string>();
  for (const ref of owned.filter((r) => r.startsWith('component:'))) {
    const component = history.component(ref);
    if (!component?.opsWork) {
      const location = index.entity(ref);
      const source = location ? sourceLocationOf(location) : undefined;
      if (source && !component) unread.add(source.key);
      continue;
    }
    work.components.push(ref);
    const isCodeOwner = component.codeOwners.some((entry) => teamOfHandle(entry.owner) === team);
    let listed = 0;
    let listedOps = 0;
    for (const author of component.opsWork.authors) {
      listed += author.files;
      listedOps += author.opsFiles;
      const person = history.person(author.id);
      const via = person?.teams.includes(team) ? 'members' : person?.teams.length ? 'otherTeams' : isCodeOwner ? 'codeOwners' : 'unmatched';
      work.by[via] += author.files;
      if (via === 'otherTeams') {
        work.otherTeamsOpsFiles += author.opsFiles;
        continue;
      }
      work.files += author.files;
      work.opsFiles += author.opsFiles;
      if (via === 'codeOwners' && person && !people.has(person.id)) {
        people.set(person.id, { id: person.id, ...(person.user ? { user: person.user } : {}), via: 'codeowners', revisions: person.revisions, opsShare: person.opsShare });
      }
    }
    // Authors beyond the listed busiest ones are not known: counted as unmatched work on what it owns.
    work.by.unmatched += component.opsWork.files - listed;
    work.files += component.opsWork.files - listed;
    work.opsFiles += component.opsWork.opsFiles - listedOps;
  }
  work.unread = [...unread].sort();
  work.people = [...people.values()].sort((a, b) => a.id.localeCompare(b.id));
  return work;
}
