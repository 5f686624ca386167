import type { EntityRef, ModelEntity } from '../result/index.js';
import type { ModelIndex } from './model-index.js';

const resolvers = new WeakMap<ModelIndex, (handle: string) => EntityRef | undefined>();

/** `@org/team-slug` to a Group: by `github.com/team-slug` (org/slug) or by name; `@user` and e-mails name people. */
export function codeOwnerTeams(index: ModelIndex): (handle: string) => EntityRef | undefined {
  // Built once per catalog: every team's facts ask for it.
  const cached = resolvers.get(index);
  if (cached) return cached;
  const bySlug = new Map<string, EntityRef>();
  const byName = new Map<string, EntityRef>();
  index.ofKind('group').forEach((group: ModelEntity) => {
    const slug = group.annotations['github.com/team-slug']?.toLowerCase();
    if (slug) bySlug.set(slug, group.ref);
    if (!byName.has(group.name.toLowerCase())) byName.set(group.name.toLowerCase(), group.ref);
  });
  const resolve = (handle: string): EntityRef | undefined => {
    const match = /^@([^/]+)\/(.+)$/.exec(handle.trim());
    if (!match) return undefined;
    const [, org = '', slug = ''] = match;
    return bySlug.get(`${org}/${slug}`.toLowerCase()) ?? byName.get(slug.toLowerCase());
  };
  resolvers.set(index, resolve);
  return resolve;
}
