import { recogniseImage } from './infrastructure.js';
import { dirOf } from './paths.js';
import type { ModuleClaim, ResourceType } from './types.js';

/** Flags and commands that choose the workspace package a build is for (turbo, npm, pnpm, yarn). */
const SELECTOR = String.raw`(?:--scope|--filter|--workspace|-F|-w|\bprune|\bworkspace)(?:=|\s+)["']?`;
const AFTER = String.raw`(?=$|[\s"',\]:;)/^]|\.\.\.)`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a build command selects package `name` (`turbo prune --scope=@acme/web`, `pnpm -F web`, `npm -w web`). */
function selects(text: string, name: string): boolean {
  return new RegExp(`${SELECTOR}${escape(name)}${AFTER}`, 'm').test(text);
}

/**
 * Whether the text names the package or its directory. Scoped names are distinctive anywhere; a bare name
 * only counts where a build selects it. A one-segment directory must start a path (`COPY web ./web`), since
 * `/usr/share/nginx/web` is not the workspace's `web`.
 */
function names(text: string, module: ModuleClaim): boolean {
  if (copiesJarOf(text, module)) return true;
  if (module.name.includes('/') && new RegExp(String.raw`(?:^|[\s"'=,[:])${escape(module.name)}${AFTER}`, 'm').test(text)) return true;
  const before = module.dir.includes('/') ? String.raw`(?:^|[\s"'=,[:/])` : String.raw`(?:^|[\s"'=,[:]|\./)`;
  return selects(text, module.name) || new RegExp(`${before}${escape(module.dir)}(?=$|[\\s"',\\]:;/])`, 'm').test(text);
}

/**
 * A JVM build names its jar after the module (`<artifactId>-<version>.jar`, or `<artifactId>.jar` with a
 * fixed `finalName`): a Dockerfile outside the module copying that jar in (`COPY ./jar/orders-service.jar`,
 * a compose build folder under `docker/`) is the module's image.
 */
function copiesJarOf(text: string, module: ModuleClaim): boolean {
  if (module.source !== 'maven' && module.source !== 'gradle') return false;
  const jar = new RegExp(String.raw`(?:^|[\s"'=,[/])${escape(module.name)}(?:-[0-9][\w.-]*)?\.(?:jar|war)(?=$|[\s"',\]])`, 'm');
  const copies = [...text.matchAll(/^\s*(?:COPY|ADD)\s+(?:--\S+\s+)*(.+)$/gim)].map((m) => m[1] ?? '');
  return copies.some((line) => jar.test(line));
}

/**
 * The workspace module each Dockerfile outside any module builds: one that selects or names exactly one
 * application package (by package name or directory) is that package's image. Dockerfiles that name
 * several applications, or none, get no target and stay units of their own folder.
 */
export function dockerfileTargets(texts: ReadonlyMap<string, string>, modules: readonly ModuleClaim[]): Map<string, ModuleClaim> {
  const real = modules.filter((m) => !m.isAggregator && m.dir !== '.');
  const moduleDirs = new Set(modules.filter((m) => !m.isAggregator).map((m) => m.dir));
  const targets = new Map<string, ModuleClaim>();
  for (const [file, text] of texts) {
    if (moduleDirs.has(dirOf(file))) continue; // it builds the module it sits in
    const picked = real.filter((m) => (m.isApp && names(text, m)) || selects(text, m.name));
    const [first] = picked;
    if (first && picked.every((m) => m.dir === first.dir)) targets.set(file, first);
  }
  return targets;
}

/**
 * Images a Dockerfile starts from (`FROM [--platform=...] image [AS stage]`), its own stages left out; a
 * `${ARG}` in the image takes the value the build passes, else the ARG's default.
 */
export function baseImages(text: string, args: Readonly<Record<string, string>> = {}): string[] {
  const defaults = Object.fromEntries([...text.matchAll(/^\s*ARG\s+(\w+)=["']?([^\s"']+)/gim)].map((m) => [m[1] ?? '', m[2] ?? '']));
  const values = { ...defaults, ...args };
  const froms = [...text.matchAll(/^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/gim)];
  const stages = new Set(froms.map((m) => m[2]?.toLowerCase()).filter((s) => s !== undefined));
  return froms
    .map((m) => (m[1] ?? '').replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced: string | undefined, bare: string | undefined) => values[braced ?? bare ?? ''] ?? whole))
    .filter((image) => image !== '' && !image.includes('$') && !stages.has(image.toLowerCase()));
}

/**
 * The infrastructure a one-stage Dockerfile only configures (`FROM grafana/grafana` plus dashboards): someone
 * else's software with this repository's settings, a resource rather than a unit.
 */
export function wrappedInfrastructure(text: string, args: Readonly<Record<string, string>> = {}): { technology: string; type: ResourceType } | undefined {
  const froms = text.match(/^\s*FROM\s/gim) ?? [];
  const [base] = baseImages(text, args);
  if (froms.length !== 1 || base === undefined) return undefined;
  return recogniseImage(base) ?? (isConfiguredProxy(base, text) ? { technology: 'proxy', type: 'other' } : undefined);
}

const PROXY = /^(nginx|nginx-unprivileged|openresty|envoy|haproxy|traefik|caddy)$/;
const CONFIG_SOURCE = /\.(conf|template|tmpl|ya?ml|json|toml|cfg|lua)$|(^|\/)(conf\.d|nginx|envoy|haproxy|traefik|caddy)\/?$|Caddyfile$/i;

/**
 * A proxy image given only its configuration (`FROM envoyproxy/envoy` + `COPY envoy.yaml`): routing, not code of
 * the system. One that copies in pages or a build (`COPY dist/ /usr/share/nginx/html`) serves an application.
 */
function isConfiguredProxy(base: string, text: string): boolean {
  const name = ((base.split('@')[0] ?? '').toLowerCase().split('/').pop() ?? '').split(':')[0] ?? '';
  if (!PROXY.test(name)) return false;
  const sources = [...text.matchAll(/^\s*(?:COPY|ADD)\s+(?:--\S+\s+)*(.+)$/gim)].flatMap((m) => {
    const parts = (m[1] ?? '').trim().replace(/^\[|\]$/g, '').split(/[\s,]+/).map((p) => p.replace(/^["']|["']$/g, '')).filter((p) => p !== '');
    return parts.slice(0, -1);
  });
  return sources.every((source) => CONFIG_SOURCE.test(source));
}

/**
 * Whether a Dockerfile is a template for several images: what it copies in comes from a build argument
 * (`ARG ARTIFACT_NAME` ... `COPY ${ARTIFACT_NAME}.jar`), filled in by a build tool per module.
 */
export function isBuildTemplate(text: string): boolean {
  const args = [...text.matchAll(/^\s*ARG\s+(\w+)/gim)].map((match) => match[1] ?? '');
  return args.some((arg) => new RegExp(String.raw`^\s*(?:COPY|ADD)\s+(?:--\S+\s+)*\S*\$\{?${arg}\b`, 'im').test(text));
}
