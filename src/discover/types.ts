import type { RawEntity } from '../ingest/types.js';
import type {
  ArtifactCoupling,
  DependencyKind,
  Diagnostic,
  DiscoverySection,
  ResourceType,
  SourcePosition,
  UnitSource,
} from '../result/index.js';

export type { ArtifactCoupling, CouplingKind, DependencyKind, ResourceType, UnitSource } from '../result/index.js';

/** A place in a repository file; `file` is relative to the repository root, POSIX separators. */
export type Evidence = SourcePosition;

/** A deployable unit or build module as one manifest declares it, before units are merged. */
export interface UnitClaim {
  name: string;
  /** Directory of its source relative to the repository root; undefined when the manifest did not say. */
  sourceDir?: string;
  source: UnitSource;
  /** Deploy manifests (compose, k8s, ...) declare deployables; build modules only may be. */
  isDeploy: boolean;
  image?: string;
  /** Build context + Dockerfile + command: two claims with the same build but another command are two processes of one artefact. */
  /** `args`: build arguments the manifest passes (they may name the base image). */
  build?: { context: string; dockerfile?: string; command?: string; args?: Record<string, string> };
  version?: string;
  /** Hosts other units reach it by (compose service name, k8s Service name, ...). */
  hosts?: string[];
  evidence: Evidence;
}

export interface ImageBuild {
  image: string;
  context: string;
  dockerfile?: string;
  source: UnitSource;
  evidence: Evidence;
}

export interface ResourceClaim {
  name: string;
  type: ResourceType;
  technology: string;
  hosts?: string[];
  evidence: Evidence;
}

/** A reference from a unit's manifest or config to a host, a unit name or a connection string. */
export interface ReferenceClaim {
  /** Unit name as the manifest calls it, or a directory whose unit made the reference. */
  from: { unit?: string; dir?: string };
  /** A unit/resource name or host. */
  target: string;
  kind: DependencyKind;
  detail?: string;
  /** Database name when the reference is a connection string naming one. */
  database?: string;
  /** Found in code rather than config: it counts only as a call to another unit (code names hosts of tests and tools too). */
  componentsOnly?: boolean;
  evidence: Evidence;
}

/** A build module (npm package, Maven module, Go module, ...) and the modules it depends on. */
export interface ModuleClaim {
  /** Module id as other modules refer to it (package name, artifactId, module path, project path). */
  id: string;
  name: string;
  dir: string;
  source: UnitSource;
  version?: string;
  /** Ids of other modules of the repository it depends on (unknown ids are dropped later). */
  dependsOn: Array<{ id: string; evidence: Evidence }>;
  /** Whether the module says it builds an application (web SDK, `main` package, bin, packaging war...). */
  isApp?: boolean;
  /** Aggregator modules (a parent pom, a workspace root) build nothing themselves. */
  isAggregator?: boolean;
  /** Why the module is code for others to import and runs nothing itself (a published package's entry points). */
  libraryReason?: string;
  evidence: Evidence;
}

/** Everything the manifest parsers found, before merging. */
export interface Claims {
  units: UnitClaim[];
  resources: ResourceClaim[];
  references: ReferenceClaim[];
  modules: ModuleClaim[];
  /** Dockerfile positions; their directories are candidate units. */
  dockerfiles: Evidence[];
  /** Dockerfile instructions (comments left out) by file: they may name the workspace package they build. */
  dockerfileTexts: Map<string, string>;
  /** Where a root build file (meson.build, CMakeLists.txt) links a program, if one does. */
  programBuild?: Evidence;
  /** Images built from a context (compose `build` + `image`, skaffold artifacts). */
  builds: ImageBuild[];
  /** Names a unit's own config registers it under in service discovery (`spring.application.name`), by config folder. */
  applicationNames: Array<{ dir: string; name: string; evidence: Evidence }>;
  /** Dockerfiles that build one-shot jobs (a compose migration with `restart: "no"`): not units. */
  jobDockerfiles: string[];
  diagnostics: Diagnostic[];
}

export function emptyClaims(): Claims {
  return { units: [], resources: [], references: [], modules: [], dockerfiles: [], dockerfileTexts: new Map(), builds: [], jobDockerfiles: [], applicationNames: [], diagnostics: [] };
}

export interface Unit {
  name: string;
  sourceDir: string;
  deployable: boolean;
  sources: UnitSource[];
  image?: string;
  /** `args`: build arguments the manifest passes (they may name the base image). */
  build?: { context: string; dockerfile?: string; command?: string; args?: Record<string, string> };
  version?: string;
  hosts: string[];
  /** The build module ids it corresponds to. */
  modules: string[];
  evidence: Evidence[];
}

export interface Resource {
  name: string;
  type: ResourceType;
  technology: string;
  hosts: string[];
  databases: string[];
  evidence: Evidence[];
}

export interface Dependency {
  from: string;
  to: string;
  toKind: 'component' | 'resource';
  kind: DependencyKind;
  detail?: string;
  database?: string;
  evidence: Evidence[];
}

export interface Team {
  name: string;
  source: 'codeowners' | 'inferred';
  owns: string[];
  members: string[];
  evidence: Evidence[];
}

export interface DiscoverOptions {
  /** Base for relative paths in diagnostics and evidence shown to users. Default: process.cwd(). */
  cwd?: string;
  /** Author name/email patterns (`*` wildcards) of bots, on top of the defaults. */
  bots?: string[];
  /** Commits changing more files than this are sweeps, left out of co-change as in analyze. Default 30. */
  maxChangesetSize?: number;
  /** The git commit cache (relative to `cwd`) shared with `analyze --repo` and `mine`; absent, history is read whole from git. */
  cacheDir?: string;
  /** Most recent consecutive release-tag pairs compared. Default 20. */
  maxReleases?: number;
  /** Skip git history (co-change, releases, inferred teams). */
  noHistory?: boolean;
  onProgress?: (message: string) => void;
}

export interface Discovery {
  /** The System named after the repository. */
  system: string;
  /** Backstage entities: the System, Components, Resources and Groups, positioned at their manifests. */
  entities: RawEntity[];
  units: Unit[];
  resources: Resource[];
  dependencies: Dependency[];
  /** Coupling signals of the system: the evidence the architecture classifier weighs. */
  evidence: ArtifactCoupling[];
  teams: Team[];
  diagnostics: Diagnostic[];
  /** The same, as the result's `discovery` section. */
  section: DiscoverySection;
}
