import { recogniseScheme } from './infrastructure.js';
import { hasTemplate, resolveTemplates } from './templating.js';
import type { Claims, Evidence, ReferenceClaim } from './types.js';

const URL = /\b(?:jdbc:)?([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s"']*@)?([A-Za-z0-9_.-]+)(?::(\d+))?(?:\/([A-Za-z0-9_-]+))?/g;
const HOST_PORT = /(?:^|[\s,;="'(])([A-Za-z][A-Za-z0-9_.-]*):(\d{2,5})\b/g;
const ADO_HOST = /(?:^|;)\s*(?:host|server|data source|address|addr)\s*=\s*(?:tcp:)?([A-Za-z0-9_.-]+)/gi;
const ADO_DATABASE = /(?:^|;)\s*(?:database|initial catalog)\s*=\s*([A-Za-z0-9_.-]+)/i;
/** Keys whose bare value is a host name (`REDIS_HOST=redis`, `CART_SERVICE=cart`). */
const HOST_KEY = /(host|addr|address|url|uri|server|endpoint|service|broker|hostname)s?$/i;
const BARE_HOST = /^[A-Za-z][A-Za-z0-9_.-]*$/;

export interface ScanContext {
  from: ReferenceClaim['from'];
  env?: ReadonlyMap<string, string>;
  lookup?: (path: string) => string | undefined;
}

/**
 * Finds the hosts a config value names: URLs (`http://cart:8080`, `postgres://u@db:5432/orders`),
 * `host:port` pairs, ADO.NET connection strings (`Host=db;Database=orders`) and bare host names under
 * host-like keys. Which of them are units or resources is decided later, once every manifest is read.
 */
export function scanValue(key: string, raw: string, evidence: Evidence, context: ScanContext, claims: Claims): void {
  let value = raw;
  if (hasTemplate(raw)) {
    const resolved = resolveTemplates(raw, context.env, context.lookup);
    value = resolved.value;
    if (resolved.unresolved.length > 0) {
      const message = `${key}: ${resolved.unresolved.join(', ')} has no known default; references in it were not resolved`;
      claims.diagnostics.push({ severity: 'info', code: 'discover-unresolved-template', message, ...evidence });
    }
  }
  const seen = new Set<string>();
  const add = (target: string, kind: ReferenceClaim['kind'], database?: string, detail = value.trim()) => {
    if (target.includes('{') || target.includes('$') || seen.has(target.toLowerCase())) return;
    seen.add(target.toLowerCase());
    claims.references.push({ from: context.from, target, kind, detail, ...(database ? { database } : {}), evidence });
  };
  for (const match of value.matchAll(URL)) {
    const [, scheme = '', host = '', , path] = match;
    const isData = recogniseScheme(scheme) !== undefined;
    add(host, isData ? 'connection-string' : 'host-reference', isData ? path : undefined, scheme === 'http' || scheme === 'https' ? match[0] : `${scheme}://${host}${path ? `/${path}` : ''}`);
  }
  const adoDatabase = ADO_DATABASE.exec(value)?.[1];
  for (const match of value.matchAll(ADO_HOST)) add(match[1] ?? '', 'connection-string', adoDatabase);
  for (const match of value.matchAll(HOST_PORT)) add(match[1] ?? '', 'host-reference');
  const bare = value.trim();
  if (HOST_KEY.test(key.replace(/[^A-Za-z]+$/, '')) && BARE_HOST.test(bare)) add(bare, 'host-reference');
}

/** `KEY=value` lines (`.env`, `.properties`), comments skipped. */
export function scanKeyValueText(text: string, file: string, context: ScanContext, claims: Claims): void {
  text.split('\n').forEach((line, index) => {
    const match = /^\s*(?:export\s+)?([A-Za-z0-9_.-]+)\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#') || line.trimStart().startsWith('!')) return;
    const value = (match[2] ?? '').replace(/^["']|["']$/g, '');
    if (value !== '') scanValue(match[1] ?? '', value, { file, line: index + 1, column: 1 }, context, claims);
  });
}

/** Every string leaf of a parsed config (appsettings.json, application.yml) with its dotted key. */
export function scanTree(value: unknown, path: string, at: (path: string) => Evidence, context: ScanContext, claims: Claims, depth = 0): void {
  if (depth > 12) return;
  if (typeof value === 'string') {
    scanValue(path.split('.').pop() ?? path, value, at(path), context, claims);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => scanTree(item, path === '' ? String(index) : `${path}.${index}`, at, context, claims, depth + 1));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) scanTree(item, path === '' ? key : `${path}.${key}`, at, context, claims, depth + 1);
  }
}

/** `.env` style text into a map, for substituting compose variables. */
export function parseEnvFile(text: string): Map<string, string> {
  const env = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const raw = match[2] ?? '';
    // Quoted values keep everything inside the quotes; an unquoted one ends at ` #`, an inline comment.
    const quoted = /^(["'])(.*)\1/.exec(raw);
    env.set(match[1] ?? '', quoted ? (quoted[2] ?? '') : raw.replace(/\s+#.*$/, ''));
  }
  return env;
}
