import { DOCKERFILE } from './collect.js';
import { dropDevOnly } from './dev-setups.js';
import { networkNames, sharesName } from './hosts.js';
import { baseImages, dockerfileTargets, isBuildTemplate, wrappedInfrastructure } from './dockerfile-target.js';
import { emptyUnit, libraryUnits, rootUnit, unitsFromModules } from './module-units.js';
import { dropNotTheSystem } from './not-the-system.js';
import { splitPlatformServers } from './platform-servers.js';
import { mergeSameService } from './same-service.js';
import { baseName, dirOf, entityName, isInside, repoPath } from './paths.js';
import type { Claims, Evidence, ImageBuild, ModuleClaim, Resource, Unit, UnitClaim } from './types.js';

/** Deploy manifests in the order they are trusted for a unit's name and source. */
const ORDER = ['compose', 'aspire', 'kubernetes', 'kustomize', 'helm', 'skaffold', 'dockerfile', 'procfile'];

export interface BuiltUnits {
  units: Unit[];
  /** Image-only services that run neither known infrastructure nor anything built here. */
  external: Resource[];
  /** Modules by id (the ones found in this repository). */
  modules: Map<string, ModuleClaim>;
}

/** Image name without registry, tag or digest, lower-case: `gcr.io/x/cartservice:v1` -> `cartservice`. */
export function imageKey(image: string): string {
  const path = (image.split('@')[0] ?? image).toLowerCase();
  const last = path.split('/').pop() ?? path;
  return last.split(':')[0] ?? last;
}

const loose = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Merges what each manifest claimed into units: one per deploy-manifest name, matched to the directory it
 * is built from; Dockerfiles no manifest builds are units of their own; build modules give units versions
 * and library dependencies, and are the units themselves only when nothing is deployed by a manifest.
 */
export function buildUnits(claims: Claims, aspireProjects: ReadonlyMap<string, string>, files: readonly string[], repoName: string): BuiltUnits {
  const modules = new Map<string, ModuleClaim>();
  for (const module of claims.modules) if (!modules.has(module.id)) modules.set(module.id, module);
  const moduleDirs = new Set([...modules.values()].filter((m) => !m.isAggregator).map((m) => m.dir));
  const dockerDirs = [...new Set(claims.dockerfiles.map((d) => dirOf(d.file)))];
  const builds = new Map<string, ImageBuild>();
  for (const build of claims.builds) if (!builds.has(imageKey(build.image))) builds.set(imageKey(build.image), build);
  // A workspace-root Dockerfile that builds one workspace application is that application's image.
  const targets = dockerfileTargets(claims.dockerfileTexts, [...modules.values()]);
  // Without a `dockerfile:` the builder reads `Dockerfile`, and a lower-case `dockerfile` when that is missing.
  const dockerfilePath = (context: string, dockerfile: string | undefined) => {
    const named = repoPath(context, dockerfile ?? 'Dockerfile') ?? '';
    const lower = dockerfile === undefined ? repoPath(context, 'dockerfile') : undefined;
    return !claims.dockerfileTexts.has(named) && lower !== undefined && claims.dockerfileTexts.has(lower) ? lower : named;
  };
  const targetOf = (context: string, dockerfile: string | undefined) =>
    moduleDirs.has(context) ? undefined : targets.get(dockerfilePath(context, dockerfile))?.dir;
  const csprojDirs = new Map(files.filter((f) => /\.(cs|fs|vb)proj$/.test(f)).map((f) => [baseName(f).replace(/\.\w+$/, '').replace(/[.-]/g, '_'), dirOf(f)]));

  const sourceOf = (claim: UnitClaim): string | undefined => {
    if (claim.build && claim.sourceDir !== undefined) {
      const target = targetOf(claim.build.context, claim.build.dockerfile);
      if (target !== undefined) return target;
      const dockerfileDir = claim.build.dockerfile ? repoPath(claim.build.context, dirOf(claim.build.dockerfile)) : undefined;
      const isSource = (dir: string, context: string) => moduleDirs.has(dir) || isSourceFolder(dir, context);
      return dockerfileDir && dockerfileDir !== claim.build.context && isSource(dockerfileDir, claim.build.context) ? dockerfileDir : claim.sourceDir;
    }
    if (claim.sourceDir !== undefined) return claim.sourceDir;
    if (claim.source === 'aspire') return csprojDirs.get(aspireProjects.get(claim.name) ?? '');
    if (!claim.image) return undefined;
    const key = imageKey(claim.image);
    const built = builds.get(key);
    if (built) return targetOf(built.context, built.dockerfile) ?? built.context;
    const byName = dockerDirs.filter((dir) => loose(baseName(dir === '.' ? repoName : dir)) === loose(key));
    return byName.length === 1 ? byName[0] : undefined;
  };

  let units: Unit[] = [];
  const external: Resource[] = [];
  const imageOnly: UnitClaim[] = [];
  const deploys = claims.units.filter((c) => c.isDeploy).sort((a, b) => ORDER.indexOf(a.source) - ORDER.indexOf(b.source));
  // Images built here that a manifest here deploys; a repository whose manifests deploy only images built
  // elsewhere (a GitOps or demo deploy repository) builds tooling with its Dockerfiles, not its services.
  const deploysOwnImages = (claims.dockerfiles.length > 0 || claims.builds.length > 0) && deploys.some((c) => c.source !== 'procfile' && sourceOf(c) !== undefined);
  const isDeployRepository = deploys.some((c) => c.image !== undefined) && !deploysOwnImages;
  const manifestsDeploy = deploys.some((c) => c.source !== 'procfile');
  const dockerfileOf = (build: { context: string; dockerfile?: string } | undefined) => (build ? claims.dockerfileTexts.get(dockerfilePath(build.context, build.dockerfile)) : undefined);
  // A service whose Dockerfile starts FROM another unit's image is that application in another role (a cron
  // job on the app's image): the same codebase.
  const variantOf = (claim: UnitClaim): string | undefined => {
    const bases = claim.build ? baseImages(dockerfileOf(claim.build) ?? '', claim.build.args).map(imageKey) : [];
    return units.find((u) => u.image !== undefined && u.sourceDir !== '' && bases.includes(imageKey(u.image)))?.sourceDir;
  };
  const wrappedFiles = new Set<string>();
  for (const claim of deploys) {
    const sourceDir = variantOf(claim) ?? sourceOf(claim);
    const wrapped = wrappedInfrastructure(dockerfileOf(claim.build) ?? '', claim.build?.args);
    if (wrapped && sourceDir !== undefined && !moduleDirs.has(sourceDir)) {
      if (claim.build) wrappedFiles.add(dockerfilePath(claim.build.context, claim.build.dockerfile));
      external.push({ name: claim.name, ...wrapped, hosts: claim.hosts ?? [], databases: [], evidence: [claim.evidence] });
      continue;
    }
    if (claim.source === 'procfile' && units.some((u) => u.sourceDir === sourceDir && !u.sources.includes('procfile'))) continue;
    // An image nothing here builds is someone else's software (nginx, a collector), unless the repository
    // deploys no image it builds: then it is a deploy repository, and its workloads are its units.
    if (sourceDir === undefined && claim.image && (claim.source === 'compose' || deploysOwnImages)) {
      imageOnly.push(claim);
      continue;
    }
    const sameName = units.find((u) => u.name === entityName(claim.name) || sharesName(u.hosts, networkNames([claim.name, ...(claim.hosts ?? [])])));
    const atDir = sourceDir === undefined ? [] : units.filter((u) => u.sourceDir === sourceDir && !u.sources.includes(claim.source));
    const target = sameName ?? (atDir.length === 1 && !claim.build?.command ? atDir[0] : undefined);
    if (target) absorb(target, claim, sourceDir);
    else units.push(newUnit(claim, sourceDir ?? '')); // '' = source unknown
  }
  // Named exactly: the deploy manifest says it runs; the build files need not (a parent pom's plugin builds it).
  const buildModules = [...modules.values()].filter((m) => !m.isAggregator);
  for (const claim of imageOnly) {
    // The same service name built from source by another manifest (a test compose) is this image's source.
    const built = units.find((u) => u.sourceDir !== '' && (u.name === entityName(claim.name) || u.hosts.includes(claim.name)));
    // An image named after a module here is that module's (built by Maven, Gradle or CI, not by a Dockerfile).
    const key = claim.image ? loose(imageKey(claim.image)) : '';
    const named = buildModules.filter((m) => loose(m.name) === key || loose(baseName(m.dir)) === key);
    const module = named.length === 1 ? named[0] : undefined;
    if (built) absorb(built, claim, undefined);
    else if (module) units.push(newUnit(claim, module.dir));
    else if (claim.image) external.push({ name: claim.name, type: 'other', technology: imageKey(claim.image), hosts: claim.hosts ?? [], databases: [], evidence: [claim.evidence] });
  }
  for (const dockerfile of claims.dockerfiles) {
    const dir = targets.get(dockerfile.file)?.dir ?? dirOf(dockerfile.file);
    const builtBy = units.find((u) => u.build && dockerfilePath(u.build.context, u.build.dockerfile) === dockerfile.file);
    const owner = builtBy ?? units.find((u) => u.sourceDir === dir) ?? units.find((u) => u.sourceDir !== '.' && u.sourceDir !== '' && isInside(dir, u.sourceDir));
    const rootOwner = units.find((u) => u.sourceDir === '.');
    // A Dockerfile FROM an image built here is a variant of that unit's image (the same app plus a tool).
    const text = claims.dockerfileTexts.get(dockerfile.file) ?? '';
    const bases = baseImages(text).map(imageKey);
    const extended = units.find((u) => u.image !== undefined && bases.includes(imageKey(u.image)));
    // It configures someone else's software (the resource its service became, if a manifest builds it).
    if (!owner && !moduleDirs.has(dir) && (wrappedFiles.has(dockerfile.file) || wrappedInfrastructure(text))) continue;
    if (!owner && claims.jobDockerfiles.includes(dockerfile.file)) continue; // a one-shot job, said where compose runs it
    if (!owner && !moduleDirs.has(dir) && isBuildTemplate(text)) {
      const message = `${dockerfile.file}: a template for images of several modules (what it copies comes from a build argument); not a unit of its own`;
      claims.diagnostics.push({ severity: 'info', code: 'discover-dockerfile-template', message, ...dockerfile });
      continue;
    }
    if (owner) addEvidence(owner, dockerfile, 'dockerfile');
    else if (rootOwner && !moduleDirs.has(dir)) addEvidence(rootOwner, dockerfile, 'dockerfile');
    else if (extended) addEvidence(extended, dockerfile, 'dockerfile');
    else if (isDeployRepository || (manifestsDeploy && !moduleDirs.has(dir))) {
      // Where manifests say what runs, a Dockerfile outside any module that none of them builds or deploys
      // makes a tool (an installer step, a CI helper); only a repository without them is told by its Dockerfiles.
      const message = `${dockerfile.file}: no manifest here builds or deploys its image; a tool image, not a unit`;
      claims.diagnostics.push({ severity: 'info', code: 'discover-tool-image', message, ...dockerfile });
    } else units.push({ ...emptyUnit(dir === '.' ? repoName : baseName(dir), dir), sources: ['dockerfile'], evidence: [dockerfile] });
  }
  units = mergeSameService(units);
  units = dropDevOnly(units, moduleDirs, claims.diagnostics);
  units = dropNotTheSystem(units, (unit) => baseImages(dockerfileOf(unit.build) ?? claims.dockerfileTexts.get(unit.evidence.find((e) => DOCKERFILE.test(baseName(e.file)))?.file ?? '') ?? '', unit.build?.args), claims.diagnostics);
  adoptModules(units, [...modules.values()]);
  if (units.length === 0) units.push(...unitsFromModules([...modules.values()]));
  const root = units.length === 0 ? rootUnit(files, repoName, [...modules.values()], claims.programBuild) : undefined;
  if (root) units.push(root);
  if (units.length === 0) units.push(...libraryUnits([...modules.values()], claims));
  attachModules(units, modules);
  units = splitPlatformServers(units, modules, external, claims.diagnostics);
  return { units, external, modules };
}

/**
 * Deployed units whose image is built elsewhere (a CI job, a registry) get the application module of the
 * same name, or — when the repository deploys one unit only — its only application module.
 */
function adoptModules(units: Unit[], modules: readonly ModuleClaim[]): void {
  const orphans = units.filter((u) => u.sourceDir === '');
  const free = modules.filter((m) => m.isApp && !m.isAggregator && !units.some((u) => u.sourceDir !== '' && isInside(m.dir, u.sourceDir) && u.sourceDir !== '.'));
  for (const unit of orphans) {
    const names = [unit.name, unit.image ? imageKey(unit.image) : ''].map(loose).filter((n) => n !== '');
    const byName = free.filter((m) => names.some((n) => loose(m.name).includes(n) || n.includes(loose(m.name))));
    const module = byName.length === 1 ? byName[0] : units.length === 1 && free.length === 1 ? free[0] : undefined;
    if (module) unit.sourceDir = module.dir;
  }
}

/** Folders that hold a repository's container packaging for code that lives elsewhere. */
const PACKAGING_DIR = /^\.?(docker|dockerfiles?|containers?|deploy(ments?)?|packaging|build|ci|infra|ops|images?)$/i;

/**
 * Whether a Dockerfile's folder below the build context is where what it builds lives (`src/currency/Dockerfile`
 * built with the repository root as context) rather than a packaging folder (`docker/Dockerfile`, `.docker/php/`).
 */
function isSourceFolder(dir: string, context: string): boolean {
  const below = context === '.' ? dir : dir.slice(context.length + 1);
  return dir !== context && isInside(dir, context) && !below.split('/').some((part) => PACKAGING_DIR.test(part));
}

function newUnit(claim: UnitClaim, sourceDir: string): Unit {
  const unit = emptyUnit(claim.name, sourceDir);
  absorb(unit, claim, sourceDir);
  return unit;
}

function absorb(unit: Unit, claim: UnitClaim, sourceDir: string | undefined): void {
  addEvidence(unit, claim.evidence, claim.source);
  if (unit.sourceDir === '' && sourceDir !== undefined) unit.sourceDir = sourceDir;
  unit.image ??= claim.image;
  unit.build ??= claim.build;
  unit.version ??= claim.version;
  for (const host of [claim.name, ...(claim.hosts ?? [])]) if (!unit.hosts.includes(host)) unit.hosts.push(host);
}

function addEvidence(unit: Unit, evidence: Evidence, source: Unit['sources'][number]): void {
  if (!unit.sources.includes(source)) unit.sources.push(source);
  if (!unit.evidence.some((e) => e.file === evidence.file && e.line === evidence.line)) unit.evidence.push(evidence);
}

/** Gives each unit the build modules in its directory (or the one application module inside it). */
function attachModules(units: Unit[], modules: ReadonlyMap<string, ModuleClaim>): void {
  const all = [...modules.values()].filter((m) => !m.isAggregator);
  for (const unit of units) {
    if (unit.sourceDir === '') continue;
    let mine = all.filter((m) => m.dir === unit.sourceDir);
    if (mine.length === 0) {
      const appsInside = all.filter((m) => m.isApp && isInside(m.dir, unit.sourceDir));
      if (appsInside.length === 1) mine = appsInside;
    }
    unit.modules = mine.map((m) => m.id);
    for (const module of mine) {
      unit.version ??= module.version;
      addEvidence(unit, module.evidence, module.source);
    }
  }
}
