import { networkNames } from '../hosts.js';
import { recogniseImage } from '../infrastructure.js';
import { composeJobs } from './compose-jobs.js';
import { mergeService } from './compose-overlays.js';
import { dirOf, repoPath } from '../paths.js';
import { scanValue } from '../references.js';
import { resolveTemplates } from '../templating.js';
import type { Claims, Evidence } from '../types.js';
import { arr, isObj, parseYamlDocs, str, type Obj, type YamlDoc } from '../yaml-docs.js';

/** compose.yaml, docker-compose.yml and their variants: `docker-compose.prod.yml`, `docker-compose-app.yml`, `compose-dev.yaml`. */
export const COMPOSE_FILE = /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/;

/**
 * docker-compose / compose.yaml: services built from source are units, image-only services infrastructure.
 * `overlays` (see compose-overlays.ts) are merged onto the file's services first, as compose runs them.
 */
export function parseCompose(file: string, text: string, env: ReadonlyMap<string, string>, claims: Claims, overlays: ReadonlyArray<{ file: string; text: string }> = []): EnvFileUse[] {
  const dir = dirOf(file);
  const envFiles: EnvFileUse[] = [];
  const overlayDocs = overlays.flatMap((o) => parseYamlDocs(o.text, o.file, claims.diagnostics).filter((d) => isObj(d.value) && isObj(d.value.services)).slice(0, 1));
  const docs = [...parseYamlDocs(text, file, claims.diagnostics), ...overlayDocs];
  const services: Array<{ name: string; service: Obj; doc: YamlDoc; layers: YamlDoc[] }> = [];
  for (const [index, doc] of docs.entries()) {
    if (!isObj(doc.value) || !isObj(doc.value.services)) continue;
    // A service is declared by the first file naming it (an overlay may add one) and changed by later overlays.
    for (const [name, declared] of Object.entries(doc.value.services)) {
      if (services.some((s) => s.name === name)) continue;
      const layers = docs.slice(Math.max(index + 1, docs.length - overlayDocs.length)).filter((o) => serviceIn(o, name) !== undefined);
      const service = layers.reduce((merged, o) => mergeService(merged, serviceIn(o, name)), declared);
      if (isObj(service)) services.push({ name, service, doc, layers });
    }
  }
  const jobs = composeJobs(Object.fromEntries(services.map((s) => [s.name, s.service])));
  for (const { name, service, doc, layers } of services) {
    const text = (value: unknown) => (str(value) === undefined ? undefined : resolveTemplates(str(value) ?? '', env).value);
    const build = buildOf(service.build, text);
    const job = jobs.get(name);
    if (job !== undefined) {
      const message = `${name}: runs once (${job}), a job such as a migration or seed, not a unit of the system`;
      claims.diagnostics.push({ severity: 'info', code: 'discover-not-the-system', message, ...doc.keyAt(`services.${name}`) });
      const context = build ? repoPath(dir, build.context) : undefined;
      // Its Dockerfile builds the job: not a unit of its own either.
      if (context !== undefined) claims.jobDockerfiles.push(repoPath(context, build?.dockerfile ?? 'Dockerfile') ?? '');
      continue;
    }
    // A value's position is in the last file that sets it: the base, or the overlay that changed it.
    const docOf = (key: string) => [...layers].reverse().find((o) => (key.split('.')[0] ?? key) in (serviceIn(o, name) ?? {})) ?? doc;
    const at = (key: string): Evidence => (key === '' ? doc.keyAt(`services.${name}`) : docOf(key).at(`services.${name}.${key}`));
    const hosts = networkNames([name, text(service.container_name), text(service.hostname)]);
    const image = text(service.image);
    if (build) {
      const context = repoPath(dir, build.context);
      if (context === undefined) {
        const message = `${file}: service ${name} builds from ${build.context}, outside the repository; its source is unknown`;
        claims.diagnostics.push({ severity: 'info', code: 'discover-outside-repo', message, ...at('build') });
      }
      const command = commandOf(service.command) ?? commandOf(service.entrypoint);
      claims.units.push({
        name, source: 'compose', isDeploy: true, hosts, evidence: at(''),
        ...(context !== undefined ? { sourceDir: context, build: { context, ...(build.dockerfile ? { dockerfile: build.dockerfile } : {}), ...(command ? { command } : {}), ...(build.args ? { args: build.args } : {}) } } : {}),
        ...(image ? { image } : {}),
      });
      if (image && context !== undefined) claims.builds.push({ image, context, source: 'compose', evidence: at('image'), ...(build.dockerfile ? { dockerfile: build.dockerfile } : {}) });
    } else if (image) {
      const known = recogniseImage(image);
      if (known) claims.resources.push({ name, ...known, hosts, evidence: at('') });
      else claims.units.push({ name, source: 'compose', isDeploy: true, image, hosts, evidence: at('') });
    }
    for (const target of dependsOn(service.depends_on)) {
      claims.references.push({ from: { unit: name }, target, kind: 'depends-on', evidence: at('depends_on') });
    }
    for (const link of arr(service.links)) {
      const target = str(link)?.split(':')[0];
      if (target) claims.references.push({ from: { unit: name }, target, kind: 'link', evidence: at('links') });
    }
    for (const [key, value, path] of environment(service.environment)) {
      scanValue(key, value, at(path), { from: { unit: name }, env }, claims);
    }
    for (const entry of typeof service.env_file === 'string' ? [service.env_file] : arr(service.env_file)) {
      const path = text(isObj(entry) ? entry.path : entry);
      const envFile = path === undefined ? undefined : repoPath(dir, path);
      if (envFile !== undefined) envFiles.push({ unit: name, file: envFile });
    }
  }
  return envFiles;
}

/** A service's `env_file:`: the variables in it are that service's environment. */
export interface EnvFileUse {
  unit: string;
  file: string;
}

function serviceIn(doc: YamlDoc, name: string): Obj | undefined {
  const services = isObj(doc.value) ? doc.value.services : undefined;
  const service = isObj(services) ? services[name] : undefined;
  return isObj(service) ? service : undefined;
}

function buildOf(build: unknown, text: (value: unknown) => string | undefined): { context: string; dockerfile?: string; args?: Record<string, string> } | undefined {
  if (typeof build === 'string') return { context: text(build) ?? build };
  if (!isObj(build)) return undefined;
  const dockerfile = text(build.dockerfile);
  const args = buildArgs(build.args, text);
  return { context: text(build.context) ?? '.', ...(dockerfile ? { dockerfile } : {}), ...(args ? { args } : {}) };
}

// `args:` as a map or as a list of KEY=VALUE: the values a Dockerfile's ARGs take (a base image, say).
function buildArgs(args: unknown, text: (value: unknown) => string | undefined): Record<string, string> | undefined {
  const entries = Array.isArray(args)
    ? args.flatMap((item) => {
        const [key, ...value] = (text(item) ?? '').split('=');
        return key && value.length > 0 ? [[key, value.join('=')] as const] : [];
      })
    : isObj(args)
      ? Object.entries(args).flatMap(([key, value]) => (text(value) !== undefined ? [[key, text(value) ?? ''] as const] : []))
      : [];
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function commandOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map((part) => String(part)).join(' ');
  return undefined;
}

function dependsOn(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => str(item)).filter((item): item is string => item !== undefined);
  return isObj(value) ? Object.keys(value) : [];
}

/** `environment:` as a list of `K=V` or a mapping; yields key, value and the position path. */
function environment(value: unknown): Array<[string, string, string]> {
  if (Array.isArray(value)) {
    return value.flatMap((item, index): Array<[string, string, string]> => {
      const entry = str(item);
      const eq = entry?.indexOf('=') ?? -1;
      return entry && eq > 0 ? [[entry.slice(0, eq), entry.slice(eq + 1), `environment.${index}`]] : [];
    });
  }
  if (!isObj(value)) return [];
  return Object.entries(value as Obj).flatMap(([key, item]): Array<[string, string, string]> => {
    const entry = str(item);
    return entry === undefined ? [] : [[key, entry, `environment.${key}`]];
  });
}
