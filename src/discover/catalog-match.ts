import type { RawEntity } from '../ingest/types.js';
import { repositoryKeyOf } from '../model/repository-key.js';
import { askGit } from '../ingest/git/ask-git.js';
import { browsableRemote } from './source-url.js';

/** `host/owner/repo` keys of the repository's remotes, as catalog source locations name repositories. */
export async function remoteKeys(root: string): Promise<string[]> {
  const listed = await askGit(root, ['config', '--get-regexp', '^remote\\..*\\.url$']).catch(() => undefined);
  if (!listed?.ok) return [];
  const keys = listed.stdout.split('\n').map((line) => line.split(' ').slice(1).join(' ').trim()).filter(Boolean)
    .map((remote) => browsableRemote(remote)).map((url) => (url ? repositoryKeyOf({ 'backstage.io/source-location': `url:${url}` }) : undefined));
  return [...new Set(keys.filter((k): k is string => k !== undefined))];
}

/** The repository a catalog entity says its code lives in (source-location or project-slug), if any. */
export function entityRepository(entity: RawEntity): string | undefined {
  return repositoryKeyOf(entity.metadata.annotations);
}

/**
 * Catalog components that describe this repository: those whose source location or project slug names one
 * of its remotes. A central catalog describes many repositories; a component naming another one is never
 * this repository's, whatever its name.
 */
export function componentsOfRepository(catalog: readonly RawEntity[], keys: readonly string[]): RawEntity[] {
  if (keys.length === 0) return [];
  return catalog.filter((e) => e.kind === 'Component' && keys.includes(entityRepository(e) ?? ''));
}
