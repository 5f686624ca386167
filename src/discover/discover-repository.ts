import { stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { readCodeowners } from '../ingest/codeowners/index.js';
import { UsageError } from '../util/errors.js';
import { addApplicationNames, addLibraries, buildResources, resolveReferences } from './build-links.js';
import { buildUnits } from './build-units.js';
import { scanCode } from './code-references.js';
import { collectClaims } from './collect.js';
import { sharedDatastores, sharedImages, lockstepVersioning } from './coupling/artifacts.js';
import { apiContracts, findContracts } from './coupling/api-contracts.js';
import { Codebases } from './coupling/codebases.js';
import { readHistory, type HistoryOptions } from './coupling/history.js';
import { lockstepReleases } from './coupling/releases.js';
import { sharedLibraries } from './coupling/shared-library.js';
import { separateStacks } from './coupling/stacks.js';
import { entityName } from './paths.js';
import { listRepoFiles, readRepoFile } from './repo-files.js';
import { staleManifests } from './stale-manifests.js';
import { toSection } from './section.js';
import { inferTeams, teamsFromCodeowners, type Ownership } from './teams.js';
import { TODO_OWNER_REF, toEntities } from './to-entities.js';
import type { Dependency, DiscoverOptions, Discovery, Evidence } from './types.js';

/**
 * Discovers a repository's deployable units, the infrastructure they use, their dependencies and the
 * coupling between them, from its manifests and git history. Throws UsageError only when `dir` is not a
 * directory; unreadable or odd manifests are diagnostics.
 */
export async function discoverRepository(dir: string, options: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, dir);
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new UsageError(`not a directory: ${dir}`);
  const progress = options.onProgress ?? (() => undefined);
  const system = entityName(basename(root));

  const files = await listRepoFiles(root);
  progress(`discovering ${files.length} files in ${relative(cwd, root) || '.'}`);
  // Deployments left behind (unchanged for years while another is maintained) do not describe what runs today.
  const stale = options.noHistory ? undefined : await staleManifests(root, files, (file) => readRepoFile(root, file));
  const { claims, aspireProjects } = await collectClaims(root, stale ? files.filter((file) => !stale.files.has(file)) : files, system, progress);
  claims.diagnostics.push(...(stale?.diagnostics ?? []));
  const { units, external, modules } = buildUnits(claims, aspireProjects, files, system);
  const resources = buildResources(claims, external);
  const dependencies: Dependency[] = [];
  addLibraries(units, modules, dependencies);
  addApplicationNames(claims, units);
  await scanCode(root, files, units, claims);
  resolveReferences(claims, units, resources, dependencies);

  const codebases = new Codebases(units);
  const history = options.noHistory ? undefined : await readHistory(root, codebases, historyOptions(options, progress));
  const codeowners = await readCodeowners(root);
  const ownership: Ownership = codeowners
    ? teamsFromCodeowners(codeowners, units)
    : history && history.authorChanges.size >= 2 ? inferTeams(history.authorChanges, codebases) : { teams: [], ownerOf: new Map(), users: [] };
  const diagnostics = [...claims.diagnostics, ...(codeowners?.diagnostics ?? []), ...(history?.diagnostics ?? []).map(({ severity, code, message, file }) => ({ severity, code, message, ...(file === undefined ? {} : { file: '.' }) }))];

  // Evidence is gathered relative to the repository; results cite files relative to the working directory.
  const display = (file: string) => relative(cwd, join(root, file)).split('\\').join('/') || '.';
  const rewritten = new WeakSet<Evidence>();
  const rewrite = (e: Evidence) => {
    if (rewritten.has(e)) return;
    rewritten.add(e);
    e.file = display(e.file);
  };
  [...units, ...resources, ...dependencies, ...ownership.teams].forEach((item) => item.evidence.forEach(rewrite));
  ownership.users.forEach((u) => rewrite(u.evidence));
  ownership.ownerOf.forEach((o) => o.evidence && rewrite(o.evidence));
  for (const d of diagnostics) if (d.file !== undefined) d.file = display(d.file);

  const contracts = await findContracts(root, units, files);
  const evidence = [
    ...sharedDatastores(units, resources, dependencies, files),
    ...sharedImages(units),
    ...(await sharedLibraries(root, units, dependencies, files)),
    ...lockstepVersioning(units),
    ...apiContracts(contracts),
    ...separateStacks(units, files),
    ...(options.noHistory ? [] : await lockstepReleases(root, codebases, options.maxReleases ?? 20, options.bots ?? [])),
    ...(history?.coChange ? [history.coChange] : []),
  ];
  const owners = [...ownership.ownerOf.values()].map((o) => o.ref);
  const systemOwner = mostCommon(owners) ?? TODO_OWNER_REF;
  const origin = units[0]?.evidence[0] ?? { file: display('.'), line: 1, column: 1 };
  const entities = units.length === 0 ? [] : toEntities({ system, systemOwner, units, resources, dependencies, ownership, origin, contracts, display });
  const section = toSection(relative(cwd, root) || '.', system, units, resources, dependencies, evidence, ownership.teams);
  return { system, entities, units, resources, dependencies, evidence, teams: ownership.teams, diagnostics, section };
}

function historyOptions(options: DiscoverOptions, progress: (m: string) => void): HistoryOptions {
  return {
    bots: options.bots ?? [],
    maxChangesetSize: options.maxChangesetSize ?? 30,
    ...(options.cacheDir !== undefined ? { cacheDir: resolve(options.cwd ?? process.cwd(), options.cacheDir) } : {}),
    onProgress: progress,
  };
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
