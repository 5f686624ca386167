import { parse } from 'yaml';
import { baseName, dirOf } from '../paths.js';
import { isObj } from '../yaml-docs.js';

/** The file `docker compose` reads by default in a folder: the base other files of the folder may extend. */
const BASE_FILE = /^(docker-)?compose\.ya?ml$/;

/**
 * Compose overlays, by the base file they extend. A file beside a base file is an overlay (run as
 * `compose -f base -f overlay`, or merged automatically as `*.override.yml`) when it is named an override or
 * when every service it declares is declared by the base: it changes those services (a platform's images,
 * a debug port) rather than adding a system of its own. Files that declare services of their own are read
 * on their own.
 */
export async function composeOverlays(files: readonly string[], read: (file: string) => Promise<string | undefined>): Promise<Map<string, string[]>> {
  const overlays = new Map<string, string[]>();
  const byDir = new Map<string, string[]>();
  for (const file of files) byDir.set(dirOf(file), [...(byDir.get(dirOf(file)) ?? []), file]);
  for (const group of byDir.values()) {
    const base = group.filter((file) => BASE_FILE.test(baseName(file))).sort()[0];
    if (base === undefined) continue;
    const baseServices = servicesOf(await read(base));
    if (baseServices === undefined) continue;
    for (const file of group) {
      if (file === base) continue;
      const services = servicesOf(await read(file));
      if (services === undefined) continue;
      const isOverride = /(^|[.-])override([.-]|$)/.test(baseName(file).replace(/\.ya?ml$/, ''));
      if (isOverride || (services.length > 0 && services.every((name) => baseServices.includes(name)))) {
        overlays.set(base, [...(overlays.get(base) ?? []), file]);
      }
    }
  }
  return overlays;
}

// Service names of a compose file's first document, or undefined when it is not a compose file.
function servicesOf(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = parse(text, { uniqueKeys: false, maxAliasCount: 1000 });
    return isObj(value) && isObj(value.services) ? Object.keys(value.services) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compose's merge of an overlay's service onto the base's: mappings merge key by key, sequences (ports,
 * volumes) add up, and any other value replaces the base's.
 */
export function mergeService(base: unknown, overlay: unknown): unknown {
  return mergeValue(withLongBuild(base), withLongBuild(overlay));
}

// `build: ./api` is short for `build: { context: ./api }`; an overlay's `build: { target: x }` merges with it.
function withLongBuild(service: unknown): unknown {
  return isObj(service) && typeof service.build === 'string' ? { ...service, build: { context: service.build } } : service;
}

function mergeValue(base: unknown, overlay: unknown): unknown {
  if (isObj(base) && isObj(overlay)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(overlay)) merged[key] = key in base ? mergeValue(base[key], value) : value;
    return merged;
  }
  if (Array.isArray(base) && Array.isArray(overlay)) return [...base, ...overlay.filter((item) => !base.includes(item))];
  return overlay;
}
