import type { RawEntity } from '../ingest/types.js';
import { askGit } from '../ingest/git/ask-git.js';

const SOURCE_LOCATION = 'backstage.io/source-location';

/** A remote as a browsable https URL: `git@github.com:o/r.git` and `ssh://git@host:22/o/r` -> `https://host/o/r`. */
export function browsableRemote(remote: string): string | undefined {
  const text = remote.trim();
  const scp = /^[\w.-]+@([^:/]+):(?!\/)(.+)$/.exec(text);
  let host: string;
  let path: string;
  if (scp) {
    host = scp[1] ?? '';
    path = scp[2] ?? '';
  } else {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:', 'git+ssh:'].includes(url.protocol)) return undefined;
    host = url.hostname;
    path = url.pathname;
  }
  const repo = path.replace(/^\/+/, '').replace(/\.git\/?$/, '').replace(/\/+$/, '');
  return host !== '' && repo.includes('/') ? `https://${host.toLowerCase()}/${repo}` : undefined;
}

/** Where a folder of the repository is browsed on its host: GitHub-style `/tree/<ref>/`, GitLab `/-/tree/`, Bitbucket `/src/`. */
export function treeUrl(base: string, ref: string, dir: string): string {
  const host = new URL(base).hostname;
  const tree = host.includes('gitlab') ? '/-/tree/' : host === 'bitbucket.org' ? '/src/' : '/tree/';
  return `${base}${tree}${ref}/${dir === '.' ? '' : `${dir}/`}`;
}

/** The remote the repository was cloned from (origin, else the first) and the branch checked out (else the commit). */
async function remoteAndRef(root: string): Promise<{ base: string; ref: string } | undefined> {
  const remotes = await askGit(root, ['remote']).catch(() => undefined);
  const names = remotes?.ok ? remotes.stdout.split('\n').map((r) => r.trim()).filter(Boolean) : [];
  const name = names.includes('origin') ? 'origin' : names[0];
  if (name === undefined) return undefined;
  const url = await askGit(root, ['remote', 'get-url', name]);
  const base = url.ok ? browsableRemote(url.stdout) : undefined;
  if (base === undefined) return undefined;
  const branch = await askGit(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (branch.ok && branch.stdout.trim() !== '') return { base, ref: branch.stdout.trim() };
  // A detached checkout (CI, a pinned clone) is browsed at its commit.
  const commit = await askGit(root, ['rev-parse', 'HEAD']);
  return commit.ok ? { base, ref: commit.stdout.trim() } : undefined;
}

/**
 * Backstage reads `url:` source locations (`dir:` only resolves against the catalog file's own location):
 * when the repository has a remote, each discovered `dir:./path/` becomes `url:<remote>/tree/<ref>/path/`.
 * Without a remote the `dir:` locations stay. Returns whether they were rewritten.
 */
export async function useRemoteSourceLocations(root: string, entities: readonly RawEntity[]): Promise<boolean> {
  const remote = await remoteAndRef(root);
  if (remote === undefined) return false;
  for (const entity of entities) {
    const location = entity.metadata.annotations[SOURCE_LOCATION];
    const dir = location?.startsWith('dir:./') ? location.slice('dir:./'.length).replace(/\/+$/, '') : undefined;
    if (dir !== undefined) entity.metadata.annotations[SOURCE_LOCATION] = `url:${treeUrl(remote.base, remote.ref, dir === '' ? '.' : dir)}`;
  }
  return true;
}
