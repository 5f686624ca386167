import type { ModelEntity } from '../../result/index.js';
import { safeHref } from './escape-html.js';
import type { ViewLink } from './view-types.js';

/**
 * Where an entity is defined or shown, from the annotations Backstage itself reads: its view URL, its
 * source location (`url:` form only; a `file:` location is a path on someone's disk) and its GitHub
 * project slug; and its page in the organisation's Backstage when the base URL is known. Only http(s)
 * URLs become links: a `javascript:` or relative value in an annotation stays text wherever it is shown.
 */
export function entityLinks(entity: ModelEntity, backstageUrl: string | undefined): ViewLink[] {
  const links: ViewLink[] = [];
  const add = (label: string, url: string | undefined) => {
    const href = url === undefined ? undefined : safeHref(url.trim());
    if (href !== undefined && !links.some((link) => link.href === href)) links.push({ label, href });
  };
  const { annotations } = entity;
  add('view', annotations['backstage.io/view-url']);
  const source = annotations['backstage.io/source-location'];
  if (source?.startsWith('url:')) add('source', source.slice('url:'.length));
  const slug = annotations['github.com/project-slug']?.trim();
  if (slug !== undefined && /^[\w.-]+\/[\w.-]+$/.test(slug)) add('GitHub', `https://github.com/${slug}`);
  if (backstageUrl !== undefined) add('Backstage', backstagePage(backstageUrl, entity));
  return links;
}

/** The entity's page in Backstage's catalog: `<base>/catalog/<namespace>/<kind>/<name>`, as Backstage routes it. */
export function backstagePage(base: string, entity: Pick<ModelEntity, 'namespace' | 'kind' | 'name'>): string | undefined {
  if (safeHref(base) === undefined) return undefined;
  const root = base.replace(/\/+$/, '');
  return `${root}/catalog/${encodeURIComponent(entity.namespace)}/${encodeURIComponent(entity.kind)}/${encodeURIComponent(entity.name)}`;
}
