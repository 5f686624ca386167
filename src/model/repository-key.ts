import type { ModelEntity } from '../result/index.js';

// GitHub/Gitea: /tree/<ref>/path or /blob/<ref>/path; GitLab: /-/tree/<ref>/path; Bitbucket: /src/<ref>/path.
const TREE = /^(.*?)(?:\/-)?\/(?:tree|blob|src)\/.*$/;
// Hosts where a repository is always owner/name, so anything after those two segments is a path in it.
const TWO_SEGMENT_HOSTS = new Set(['github.com', 'bitbucket.org']);

/**
 * The repository an entity's code lives in, as `host/owner/repo` (lower-case, no `.git`), from
 * `backstage.io/source-location` or else `github.com/project-slug`. Two entities with the same key are
 * built from one repository whatever folder or branch their URLs point at. `dir:` locations (written by
 * discovery, relative to a checkout) and unparsable values name no repository.
 */
export function repositoryKey(entity: ModelEntity): string | undefined {
  return repositoryKeyOf(entity.annotations);
}

/** The same, from an entity's annotations as written (a raw entity's `metadata.annotations`). */
export function repositoryKeyOf(annotations: Readonly<Record<string, string>>): string | undefined {
  const entity = { annotations };
  const location = entity.annotations['backstage.io/source-location'];
  const fromLocation = location ? fromUrl(location.trim().replace(/^url:/, '')) : undefined;
  if (fromLocation) return fromLocation;
  const slug = entity.annotations['github.com/project-slug']?.trim();
  return slug && /^[^/\s]+\/[^/\s]+$/.test(slug) ? clean('github.com', slug) : undefined;
}

function fromUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  const repoPath = (TREE.exec(path)?.[1] ?? path).replace(/^\/+/, '');
  if (repoPath === '') return undefined;
  const host = url.hostname.toLowerCase();
  const segments = repoPath.split('/');
  const kept = TWO_SEGMENT_HOSTS.has(host) ? segments.slice(0, 2) : segments;
  return kept.length >= 2 ? clean(host, kept.join('/')) : undefined;
}

function clean(host: string, repoPath: string): string {
  return `${host}/${repoPath.replace(/\.git$/, '').toLowerCase()}`;
}
