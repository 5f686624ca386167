import { dirOf } from '../paths.js';
import type { Claims, ModuleClaim } from '../types.js';
import { isObj, lineLocator, str } from '../yaml-docs.js';

/** Entry points a package declares for code that imports it. */
const LIBRARY_FIELDS = ['main', 'exports', 'module', 'types', 'typings', 'files'];
const SERVER_ENTRY = /(^|\/)(server|app|handler|lambda|worker)\.[cm]?[jt]sx?$/;
const APP_DEPENDENCIES = /^(express|fastify|koa|next|nuxt|@nestjs\/core|react-scripts|@remix-run\/serve|hapi|@hapi\/hapi|@grpc\/grpc-js)$/;

/** package.json: a module named by its package name; dependencies on other packages of the repository count. */
export function parsePackageJson(file: string, text: string, claims: Claims): void {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    claims.diagnostics.push({ severity: 'warning', code: 'discover-unparseable', message: `${file}: not valid JSON (${reason})`, file, line: 1, column: 1 });
    return;
  }
  if (!isObj(json)) return;
  const lineAt = lineLocator(text);
  const at = (needle: string) => {
    const index = text.indexOf(needle);
    return { file, line: index < 0 ? 1 : lineAt(index), column: 1 };
  };
  const dir = dirOf(file);
  const name = str(json.name) ?? (dir === '.' ? 'root' : dir);
  const dependencyNames = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
    isObj(json[field]) ? Object.keys(json[field]) : [],
  );
  const scripts = isObj(json.scripts) ? json.scripts : {};
  const runtime = ['dependencies', 'optionalDependencies'].flatMap((field) => (isObj(json[field]) ? Object.keys(json[field]) : []));
  const runs = 'start' in scripts || 'serve' in scripts || json.bin !== undefined || SERVER_ENTRY.test(str(json.main) ?? '');
  // A published package (not private, with entry points for importers) that uses a server framework only to
  // test or as a peer is a plugin for it, not a server.
  const entryFields = LIBRARY_FIELDS.filter((field) => json[field] !== undefined);
  const published = json.private !== true && entryFields.length > 0;
  const usesFramework = (published ? runtime : dependencyNames).some((dep) => APP_DEPENDENCIES.test(dep));
  const isApp = runs || usesFramework;
  const module: ModuleClaim = {
    id: `npm:${name}`,
    name,
    dir,
    source: 'npm',
    dependsOn: [...new Set(dependencyNames)].map((dep) => ({ id: `npm:${dep}`, evidence: at(`"${dep}"`) })),
    isApp,
    isAggregator: json.workspaces !== undefined,
    ...(published && !isApp && json.workspaces === undefined
      ? { libraryReason: `it is not private and declares ${entryFields.join('/')} for code that imports it, with no start or serve script, bin, server entry or server framework dependency` }
      : {}),
    evidence: at('"name"'),
  };
  const version = str(json.version);
  if (version) module.version = version;
  claims.modules.push(module);
}
