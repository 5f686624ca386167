import type { ModelEntity } from '../../result/index.js';
import type { ComponentLocation } from './types.js';

export interface SourceLocation {
  /** `host/owner/repo`, lower-case, without `.git`. */
  key: string;
  /** The repository's own name, for matching local folders. */
  name: string;
  path: string;
}

/** A local clone and the keys it answers to (from its remotes, and its folder name). */
export interface LocalRepository {
  repository: string;
  keys: readonly string[];
  name: string;
}

// GitHub/Gitea: /tree/<ref>/path or /blob/<ref>/path; GitLab: /-/tree/<ref>/path; Bitbucket: /src/<ref>/path.
const TREE = /^(.*?)(?:\/-)?\/(?:tree|blob|src)\/[^/]+\/?(.*)$/;

/** Where a component's code lives, from `backstage.io/source-location` or `github.com/project-slug`. */
export function sourceLocationOf(entity: ModelEntity): SourceLocation | undefined {
  const raw = entity.annotations['backstage.io/source-location'];
  if (raw) return parseSourceUrl(raw.replace(/^url:/, ''));
  const slug = entity.annotations['github.com/project-slug'];
  if (slug && /^[^/\s]+\/[^/\s]+$/.test(slug)) return fromParts('github.com', slug, '');
  return undefined;
}

export function parseSourceUrl(text: string): SourceLocation | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const pathname = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  const tree = TREE.exec(pathname);
  const repoPath = (tree ? tree[1] : pathname) ?? '';
  return fromParts(url.host, repoPath.replace(/^\//, ''), tree?.[2] ?? '');
}

/** The remote URL of a clone (https, ssh `git@host:owner/repo.git`, or ssh://) as a key. */
export function remoteKey(remote: string): string | undefined {
  const scp = /^[\w.-]+@([^:]+):(.+)$/.exec(remote.trim());
  if (scp) return fromParts(scp[1] ?? '', scp[2] ?? '', '').key;
  try {
    const url = new URL(remote.trim());
    return fromParts(url.host.replace(/:\d+$/, ''), url.pathname.replace(/^\//, ''), '').key;
  } catch {
    return undefined;
  }
}

function fromParts(host: string, repoPath: string, path: string): SourceLocation {
  const clean = repoPath.replace(/\.git$/, '').replace(/\/+$/, '').toLowerCase();
  return { key: `${host.toLowerCase()}/${clean}`, name: clean.split('/').pop() ?? clean, path: path.replace(/\/+$/, '') };
}

/**
 * Maps components to local clones: by remote key first, then by the clone's folder name. A component
 * whose location names no given clone is left out (its code is not here).
 */
export function locateComponents(components: readonly ModelEntity[], repositories: readonly LocalRepository[]): ComponentLocation[] {
  const byKey = new Map<string, LocalRepository>();
  const byName = new Map<string, LocalRepository[]>();
  for (const repo of repositories) {
    repo.keys.forEach((key) => byKey.set(key, repo));
    byName.set(repo.name.toLowerCase(), [...(byName.get(repo.name.toLowerCase()) ?? []), repo]);
  }
  const locations: ComponentLocation[] = [];
  for (const component of components) {
    const source = sourceLocationOf(component);
    if (!source) continue;
    const named = byName.get(source.name) ?? [];
    const repo = byKey.get(source.key) ?? (named.length === 1 ? named[0] : undefined);
    if (repo) locations.push({ component: component.ref, repository: repo.repository, path: source.path });
  }
  return locations;
}
