import { Document, isScalar } from 'yaml';
import type { RawEntity } from '../ingest/types.js';
import { TODO_OWNER_REF } from './to-entities.js';

/**
 * Backstage catalog YAML for discovered entities: one document per entity, each preceded by the
 * manifest line it came from, placeholder owners marked `# TODO` so a person knows what to edit.
 */
export function toCatalogYaml(entities: readonly RawEntity[], header: string): string {
  const docs = entities.map((entity, index) => {
    const { name, namespace, annotations, description } = entity.metadata;
    const metadata = { name, ...(namespace !== 'default' ? { namespace } : {}), ...(description ? { description } : {}), ...(Object.keys(annotations).length > 0 ? { annotations } : {}) };
    const doc = new Document({ apiVersion: entity.apiVersion, kind: entity.kind, metadata, spec: entity.spec });
    const from = `from ${entity.position.file}:${entity.position.line}`;
    doc.commentBefore = index === 0 ? ` ${header}\n ${from}` : ` ${from}`;
    const owner = doc.getIn(['spec', 'owner'], true);
    if (isScalar(owner) && owner.value === TODO_OWNER_REF) owner.comment = ' TODO: replace with the owning team';
    return doc.toString({ lineWidth: 0 });
  });
  return docs.join('---\n');
}
