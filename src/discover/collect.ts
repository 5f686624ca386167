import { isAspireHost, parseAspireHost } from './manifests/aspire.js';
import { COMPOSE_FILE, parseCompose } from './manifests/compose.js';
import { composeOverlays } from './manifests/compose-overlays.js';
import { kustomizeAffixes } from './manifests/kustomize-names.js';
import { parseHelmChart } from './manifests/helm.js';
import { linkKubeServices, mayBeKubernetes, newKubeState, parseKubernetes } from './manifests/kubernetes.js';
import { parseProcfile } from './manifests/procfile.js';
import { parseSkaffold } from './manifests/skaffold.js';
import { parseCargoToml } from './modules/cargo.js';
import { DOTNET_PROJECT, isDotnetTestProject, parseDotnetProject } from './modules/dotnet.js';
import { gradleProjectPath, parseGradleBuild, parseGradleSettings } from './modules/gradle.js';
import { parseGoMod } from './modules/go-mod.js';
import { parsePom } from './modules/maven.js';
import { parsePackageJson } from './modules/npm.js';
import { parsePythonProject, type PythonProject } from './modules/python.js';
import { baseName, dirOf, isInside } from './paths.js';
import { parseEnvFile, scanKeyValueText, scanTree } from './references.js';
import { readRepoFile } from './repo-files.js';
import { scanNacosConfig } from './nacos-config.js';
import { servedName } from './served-name.js';
import { resolveTemplates } from './templating.js';
import { emptyClaims, type Claims, type Evidence } from './types.js';
import { isObj, parseYamlDocs } from './yaml-docs.js';

export const DOCKERFILE = /^(dockerfile|containerfile)(\.[\w.-]+)?$|\.dockerfile$/i;
/** Folders whose manifests describe tests, examples or docs rather than the system itself. */
const NOT_THE_SYSTEM = /(^|\/)(tests?|e2e|__tests__|fixtures?|examples?|samples?|docs?|testdata)(\/|$)/;
const CONFIG_FILE = /^(\.env(\.[\w.-]+)?|(?:application|bootstrap)([-.][\w-]+)?\.(properties|ya?ml)|appsettings(\.[\w-]+)?\.json|settings\.py|config\.(ya?ml|json))$/;

export interface Collected {
  claims: Claims;
  /** Aspire project class names (Catalog_API) by unit name. */
  aspireProjects: Map<string, string>;
  /** Directories holding a Helm chart: their templates are Go templates and are not read as YAML. */
  chartDirs: string[];
}

/** Reads every manifest of the repository into claims: what each file says, not yet merged. */
export async function collectClaims(root: string, files: readonly string[], repoName: string, progress: (m: string) => void): Promise<Collected> {
  const claims = emptyClaims();
  const read = (file: string) => readRepoFile(root, file);
  const fileSet = new Set(files);
  const kube = newKubeState();
  const aspireProjects = new Map<string, string>();
  const relevant = files.filter((file) => !NOT_THE_SYSTEM.test(file));
  const chartDirs = relevant.filter((file) => baseName(file) === 'Chart.yaml').map(dirOf);
  const kustomizeDirs = relevant.filter((file) => /^kustomization\.ya?ml$/.test(baseName(file))).map(dirOf);
  const inChart = (file: string) => chartDirs.some((dir) => isInside(file, dir));
  const gradleProjects = new Map<string, string>();
  for (const file of relevant.filter((f) => /^settings\.gradle(\.kts)?$/.test(baseName(f)))) {
    for (const [path, dir] of parseGradleSettings(file, (await read(file)) ?? '')) if (!gradleProjects.has(path)) gradleProjects.set(path, dir);
  }

  const affixes = await kustomizeAffixes(relevant, read, claims);
  const python = new Map<string, PythonProject>();
  const overlays = await composeOverlays(relevant.filter((file) => COMPOSE_FILE.test(baseName(file))), read);
  const overlayFiles = new Set([...overlays.values()].flat());
  const composeDirs = new Set(relevant.filter((file) => COMPOSE_FILE.test(baseName(file))).map(dirOf));
  let done = 0;
  for (const file of relevant) {
    if (++done % 5000 === 0) progress(`read ${done} of ${relevant.length} files`);
    const name = baseName(file);
    const dir = dirOf(file);
    if (DOCKERFILE.test(name)) {
      claims.dockerfiles.push({ file, line: 1, column: 1 });
      const text = (await read(file)) ?? '';
      claims.dockerfileTexts.set(file, text.split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n'));
    } else if (COMPOSE_FILE.test(name)) {
      if (overlayFiles.has(file)) continue; // read with its base
      const env = parseEnvFile((await read(dir === '.' ? '.env' : `${dir}/.env`)) ?? '');
      const layers = await Promise.all((overlays.get(file) ?? []).map(async (overlay) => ({ file: overlay, text: (await read(overlay)) ?? '' })));
      for (const use of parseCompose(file, (await read(file)) ?? '', env, claims, layers)) {
        scanKeyValueText((await read(use.file)) ?? '', use.file, { from: { unit: use.unit }, env }, claims);
      }
    } else if (name === 'Chart.yaml') {
      parseHelmChart(file, (await read(file)) ?? '', await read(dir === '.' ? 'values.yaml' : `${dir}/values.yaml`), claims);
    } else if (/^skaffold\.ya?ml$/.test(name)) {
      parseSkaffold(file, (await read(file)) ?? '', claims);
    } else if (name === 'Procfile') {
      parseProcfile(file, (await read(file)) ?? '', repoName, claims);
    } else if (name === 'package.json') {
      parsePackageJson(file, (await read(file)) ?? '', claims);
    } else if (PYTHON_PROJECT.test(name)) {
      const project = python.get(dir) ?? { dir, files: [], hasManage: fileSet.has(dir === '.' ? 'manage.py' : `${dir}/manage.py`) };
      project.files.push({ file, text: (await read(file)) ?? '' });
      python.set(dir, project);
    } else if (name === 'pom.xml') {
      parsePom(file, (await read(file)) ?? '', claims);
    } else if (/^build\.gradle(\.kts)?$/.test(name)) {
      const path = gradleProjectPath(file, gradleProjects) ?? (dir === '.' ? ':' : `:${dir.replace(/\//g, ':')}`);
      parseGradleBuild(file, (await read(file)) ?? '', path, path === ':' && gradleProjects.size > 1, claims);
    } else if (name === 'go.mod') {
      const hasMain = fileSet.has(dir === '.' ? 'main.go' : `${dir}/main.go`) || files.some((f) => f.startsWith(dir === '.' ? 'cmd/' : `${dir}/cmd/`));
      parseGoMod(file, (await read(file)) ?? '', hasMain, claims);
    } else if (name === 'Cargo.toml') {
      const src = dir === '.' ? 'src' : `${dir}/src`;
      const layout = { hasMain: fileSet.has(`${src}/main.rs`), hasBinDir: files.some((f) => f.startsWith(`${src}/bin/`)), hasLib: fileSet.has(`${src}/lib.rs`) };
      parseCargoToml(file, (await read(file)) ?? '', layout, claims);
    } else if (DOTNET_PROJECT.test(name)) {
      const text = (await read(file)) ?? '';
      if (!isDotnetTestProject(file, text)) parseDotnetProject(file, text, claims);
    } else if (/\.cs$/.test(name) && /^(Program|AppHost)\.cs$/.test(name)) {
      const text = (await read(file)) ?? '';
      if (isAspireHost(text)) for (const [unit, project] of parseAspireHost(file, text, claims)) aspireProjects.set(unit, project);
    } else if (dir === '.' && PROGRAM_BUILD.test(name)) {
      claims.programBuild ??= programBuildAt(file, (await read(file)) ?? '');
    } else if (name === '.env' && composeDirs.has(dir)) {
      // Compose reads a `.env` beside its file to fill in `${VAR}`s, not as any container's environment: what a
      // service gets from it is in its `environment:` (read with the compose file) or its `env_file:`.
      continue;
    } else if (/\.sql$/i.test(name)) {
      // Nacos keeps each service's configuration in its database; projects ship it as SQL inserts.
      const text = await read(file);
      if (text !== undefined && /config_info/i.test(text)) scanNacosConfig(file, text, claims);
    } else if (servedConfig(file) !== undefined) {
      const served = servedConfig(file);
      // Shared settings (application.yml) reach every client: no one service's own references.
      if (served !== 'application') await scanConfig(file, name, read, claims, { unit: served ?? '' });
    } else if (CONFIG_FILE.test(name)) {
      await scanConfig(file, name, read, claims);
    } else if (/\.ya?ml$/.test(name) && !inChart(file)) {
      const text = await read(file);
      if (text !== undefined && mayBeKubernetes(text)) parseKubernetes(file, text, kube, claims, kustomizeDirs.some((k) => isInside(file, k)), affixes.get(file));
    }
  }
  for (const project of python.values()) parsePythonProject(project, claims);
  linkKubeServices(kube, claims);
  for (const dir of chartDirs) {
    if (files.some((f) => f.startsWith(dir === '.' ? 'templates/' : `${dir}/templates/`))) {
      const message = `${dir}/templates: Helm templates are Go templates, not YAML; the chart was read from Chart.yaml and values.yaml only`;
      claims.diagnostics.push({ severity: 'info', code: 'discover-helm-templates', message, file: dir === '.' ? 'Chart.yaml' : `${dir}/Chart.yaml` });
    }
  }
  return { claims, aspireProjects, chartDirs };
}

const PYTHON_PROJECT = /^(pyproject\.toml|setup\.py|setup\.cfg)$/;

/** Root build files of compiled programs: meson.build, CMakeLists.txt. */
const PROGRAM_BUILD = /^(meson\.build|CMakeLists\.txt)$/;

// Where a root build links a program (`executable('git', ...)`, `add_executable(app ...)`): the repository
// builds one, even without a deploy manifest or a package manager's module.
function programBuildAt(file: string, text: string): Evidence | undefined {
  const match = /^(?!\s*#).*?\b(?:add_)?executable\s*\(/m.exec(text);
  if (!match) return undefined;
  return { file, line: text.slice(0, match.index).split('\n').length, column: 1 };
}

/**
 * A config server's files for its clients (`config/src/main/resources/shared/account-service.yml`, a config
 * repository's `config/portal/portal-prod.yaml`): the service each configures by its name (profile left off), or
 * `application` for settings shared by all of them. Undefined for a unit's own config (`src/main/resources/
 * application.yml`, or `resources/config/`, which Spring Boot reads as its own).
 */
export function servedConfig(file: string): string | undefined {
  if (!/\.(ya?ml|properties)$/.test(file)) return undefined;
  const nested = /(^|\/)src\/main\/resources\/(?!config\/)[^/]+\/(.+\/)?[^/]+$/.test(file);
  const inConfigRepo = /(^|\/)(config-repo|configs?|shared)\/(.+\/)?[^/]+$/.test(file) && !/(^|\/)src\/main\/resources\/config\/[^/]+$/.test(file);
  // Outside a config server's resources, `config/application.yml` is the unit's own (Spring Boot reads ./config/).
  if (!nested && (!inConfigRepo || CONFIG_FILE.test(baseName(file)))) return undefined;
  return servedName(baseName(file));
}

/** Config files in a unit's folder: references in them are attributed to the unit by directory (or to the unit they configure). */
async function scanConfig(file: string, name: string, read: (file: string) => Promise<string | undefined>, claims: Claims, unit?: { unit: string }): Promise<void> {
  const raw = await read(file);
  if (raw === undefined) return;
  // Maven fills `@project.version@` in when it copies resources; unquoted, `@` cannot start a YAML value.
  const text = /\.ya?ml$/.test(name) ? raw.replace(/^(\s*[\w.-]+:\s+)(@[\w.-]+@)(\s*(#.*)?)$/gm, '$1"$2"$3') : raw;
  const context = { from: unit ?? { dir: dirOf(file) } };
  if (name.endsWith('.json')) {
    try {
      const json: unknown = JSON.parse(text);
      if (isObj(json)) scanTree(json, '', () => ({ file, line: 1, column: 1 }), context, claims);
    } catch {
      claims.diagnostics.push({ severity: 'info', code: 'discover-unparseable', message: `${file}: not valid JSON; skipped`, file });
    }
  } else if (/\.ya?ml$/.test(name)) {
    for (const doc of parseYamlDocs(text, file, claims.diagnostics)) {
      scanTree(doc.value, '', doc.at, context, claims);
      for (const key of APPLICATION_NAME_KEYS) {
        // Spring reads `spring.application.name: x` written flat as well as nested.
        const value = isObj(doc.value) && typeof doc.value[key] === 'string' ? doc.value[key] : key.split('.').reduce<unknown>((node, part) => (isObj(node) ? node[part] : undefined), doc.value);
        if (unit === undefined && typeof value === 'string') addApplicationName(claims, dirOf(file), value, doc.at(key));
      }
    }
  } else {
    scanKeyValueText(text, file, context, claims);
    text.split('\n').forEach((line, index) => {
      const match = /^\s*(spring|micronaut)\.application\.name\s*[=:]\s*(\S+)\s*$/.exec(line);
      if (unit === undefined && match) addApplicationName(claims, dirOf(file), match[2] ?? '', { file, line: index + 1, column: 1 });
    });
  }
}

const APPLICATION_NAME_KEYS = ['spring.application.name', 'micronaut.application.name'];

function addApplicationName(claims: Claims, dir: string, raw: string, evidence: Evidence): void {
  const name = resolveTemplates(raw).value.trim();
  if (/^[A-Za-z][A-Za-z0-9_.-]*$/.test(name)) claims.applicationNames.push({ dir, name, evidence });
}
