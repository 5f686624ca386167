import type { ComponentHistory, EntityRef, HistoryEvidence, PersonHistory, RepositoryHistory } from '../../result/index.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { ComponentTally, HistoryAccumulator } from './accumulator.js';
import { authorMatching, botIdentities } from './author-matching.js';
import { componentCoupling } from './coupling.js';
import { componentOpsWork } from './component-ops-work.js';
import { fragmentation, mainDeveloper, truckFactor } from './knowledge.js';
import type { HistoryOptions } from './options.js';
import { peopleMatcher } from './people.js';
import { teamHistories } from './team-history.js';
import type { CodeOwnersOf, ComponentLocation } from './types.js';

export interface RepositoryInfo {
  repository: string;
  shallow: boolean;
}

/** Turns the folded history into the evidence section of the result. */
export function buildEvidence(
  acc: HistoryAccumulator,
  index: ModelIndex,
  locations: readonly ComponentLocation[],
  repositories: readonly RepositoryInfo[],
  options: HistoryOptions,
  window: { since?: string; until?: string },
  ownership: { codeOwnersOf?: CodeOwnersOf; isOps: (file: string) => boolean } = { isOps: () => false },
  memo: FactsMemo = new WeakMap(),
): HistoryEvidence {
  const match = peopleMatcher(index, options);
  const ownerOf = (ref: EntityRef) => {
    const owner = index.target(ref, 'ownedBy');
    return owner?.startsWith('group:') ? owner : undefined;
  };
  const components = firstLocations(locations)
    .filter((location) => acc.components.has(location.component))
    .map((location) => {
      const { head, tail } = componentFacts(acc, location, ownership, memo);
      // In the order the result has always had: history, ownership, CODEOWNERS, operations work.
      return { ...head, ...componentOwnership(acc, location, ownerOf(location.component), match, options), ...tail };
    });
  const coupling = componentCoupling(acc, options, ownerOf);
  const people: PersonHistory[] = [];
  const unmatchedAuthors: HistoryEvidence['unmatchedAuthors'] = [];
  for (const [id, tally] of [...acc.authors].sort(([a], [b]) => a.localeCompare(b))) {
    const person = match(id);
    const opsShare = tally.files > 0 ? round(tally.opsFiles / tally.files) : 0;
    people.push({ id, name: tally.name, ...(person ? { user: person.user, matchedBy: person.by } : {}), teams: person?.teams ?? [], revisions: tally.revisions, opsShare });
    if (!person) unmatchedAuthors.push({ id, name: tally.name, revisions: tally.revisions });
  }
  const teams = index.ofKind('group').map((group) => group.ref);
  const needs = coupling.filter((pair) => ownerOf(pair.a) !== undefined && ownerOf(pair.b) !== undefined);
  const withinTeam = needs.filter((pair) => !pair.crossTeam).length;
  return {
    window,
    repositories: repositories.map((repo) => repositoryHistory(acc, repo, window)),
    components,
    coupling,
    people,
    unmatchedAuthors,
    matching: authorMatching(people),
    bots: botIdentities(acc),
    teams: teamHistories(acc, match, components, teams),
    congruence: { coordinationNeeds: needs.length, withinTeam, value: needs.length > 0 ? round(withinTeam / needs.length) : null },
  };
}

/**
 * What a component's history says whatever the model: a what-if's before and after share it, so it is
 * worked out once per tally and location (`memo`); CODEOWNERS matching is the costly part.
 */
export type FactsMemo = WeakMap<ComponentTally, Map<string, ComponentFacts>>;
type Head = Pick<ComponentHistory, 'ref' | 'repository' | 'path' | 'revisions' | 'authors' | 'mainDeveloper' | 'fragmentation' | 'truckFactor' | 'files' | 'firstChange' | 'lastChange'>;
type Tail = Pick<ComponentHistory, 'codeOwners' | 'applicationFiles' | 'opsWork'>;
/** The history before the ownership fields, and after them. */
interface ComponentFacts {
  head: Head;
  tail: Tail;
}

function componentFacts(acc: HistoryAccumulator, location: ComponentLocation, ownership: { codeOwnersOf?: CodeOwnersOf; isOps: (file: string) => boolean }, memo: FactsMemo): ComponentFacts {
  const tally = acc.components.get(location.component);
  const key = `${location.component}\u0000${location.repository}\u0000${location.path}`;
  const known = tally ? memo.get(tally)?.get(key) : undefined;
  if (known) return known;
  const byAuthor = tally?.byAuthor ?? new Map<string, number>();
  const main = mainDeveloper(byAuthor);
  const head: Head = {
    ref: location.component,
    repository: location.repository,
    path: location.path,
    revisions: tally?.revisions ?? 0,
    authors: byAuthor.size,
    ...(main ? { mainDeveloper: { person: main.person, share: round(main.share) } } : {}),
    fragmentation: round(fragmentation(byAuthor)),
    truckFactor: truckFactor(tally?.byFile ?? new Map()),
    files: tally?.byFile.size ?? 0,
    ...(tally ? { firstChange: isoDate(tally.first), lastChange: isoDate(tally.last) } : {}),
  };
  const facts: ComponentFacts = { head, tail: { ...codeOwners(acc, location, ownership), ...componentOpsWork(tally) } };
  if (tally) memo.set(tally, (memo.get(tally) ?? new Map()).set(key, facts));
  return facts;
}

/** What the model decides: the owner, and how much of the component's change its members made. */
function componentOwnership(
  acc: HistoryAccumulator,
  location: ComponentLocation,
  owner: EntityRef | undefined,
  match: ReturnType<typeof peopleMatcher>,
  options: HistoryOptions,
): Pick<ComponentHistory, 'owner' | 'matchedRevisions' | 'ownerShare' | 'changesByTeam'> {
  const byAuthor = acc.components.get(location.component)?.byAuthor ?? new Map<string, number>();
  const byTeam = new Map<EntityRef, number>();
  let matched = 0;
  for (const [author, revisions] of byAuthor) {
    const person = match(author);
    if (!person) continue;
    matched += revisions;
    for (const team of person.teams) byTeam.set(team, (byTeam.get(team) ?? 0) + revisions);
  }
  const ownerShare = owner !== undefined && matched >= options.minAlignmentRevisions ? round((byTeam.get(owner) ?? 0) / matched) : undefined;
  return {
    ...(owner ? { owner } : {}),
    matchedRevisions: matched,
    ...(ownerShare !== undefined ? { ownerShare } : {}),
    changesByTeam: [...byTeam].map(([team, revisions]) => ({ team, revisions })).sort((a, b) => b.revisions - a.revisions || a.team.localeCompare(b.team)),
  };
}

const CODEOWNERS_SAMPLE = 200;

/** Required reviewers of the component's application files, per owner handle, with the CODEOWNERS lines that name them. */
function codeOwners(acc: HistoryAccumulator, location: ComponentLocation, ownership: { codeOwnersOf?: CodeOwnersOf; isOps: (file: string) => boolean }) {
  const byFile = acc.components.get(location.component)?.byFile ?? new Map<string, Map<string, number>>();
  const files = [...byFile.keys()].filter((file) => !ownership.isOps(file));
  // Matching costs files x CODEOWNERS rules: the most-changed files speak for the component.
  const changes = (file: string) => [...(byFile.get(file)?.values() ?? [])].reduce((sum, n) => sum + n, 0);
  const sample = files.length <= CODEOWNERS_SAMPLE ? files : [...files].sort((a, b) => changes(b) - changes(a) || a.localeCompare(b)).slice(0, CODEOWNERS_SAMPLE);
  const byOwner = new Map<string, { files: number; rules: Set<string> }>();
  for (const file of ownership.codeOwnersOf ? sample : []) {
    const match = ownership.codeOwnersOf?.(location.repository, file);
    for (const owner of match?.owners ?? []) {
      const entry = byOwner.get(owner) ?? { files: 0, rules: new Set<string>() };
      entry.files++;
      if (match) entry.rules.add(`${match.file}:${match.line}`);
      byOwner.set(owner, entry);
    }
  }
  const codeOwnersList = [...byOwner].map(([owner, entry]) => ({ owner, files: entry.files, rules: [...entry.rules].sort() })).sort((a, b) => b.files - a.files || a.owner.localeCompare(b.owner));
  return { codeOwners: codeOwnersList, applicationFiles: sample.length };
}

function repositoryHistory(acc: HistoryAccumulator, repo: RepositoryInfo, window: { since?: string; until?: string }): RepositoryHistory {
  const tally = acc.repos.get(repo.repository);
  return {
    repository: repo.repository,
    ...window,
    commits: tally?.commits ?? 0,
    kept: tally?.kept ?? 0,
    bots: tally?.bots ?? 0,
    botAuthors: [...(tally?.botAuthors ?? [])].sort(),
    sweeps: tally?.sweeps ?? 0,
    unmapped: tally?.unmapped ?? 0,
    shallow: repo.shallow,
  };
}

/** A component that two locations name (the config's and its source-location) is reported once, at the first. */
function firstLocations(locations: readonly ComponentLocation[]): ComponentLocation[] {
  const seen = new Set<string>();
  return locations.filter((location) => {
    if (seen.has(location.component)) return false;
    seen.add(location.component);
    return true;
  });
}

function isoDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
