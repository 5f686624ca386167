import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { EntityRef } from '../result/index.js';
import type { RawEntity } from '../ingest/types.js';
import { refOfRaw } from '../model/to-model-entity.js';
import { lineDiff } from './line-diff.js';

export interface CatalogPatch {
  /** A unified diff of the catalog files (git apply / patch -p1 from the working directory). */
  diff: string;
  /** Owner changes the diff cannot carry (no spec.owner line, an entity read from an API), in words. */
  notes: string[];
}

/**
 * The `spec.owner` edits that would carry out a plan's owner changes, as a unified diff for a person to
 * review and apply. Only files under `cwd` are read; nothing is written.
 */
export async function catalogPatch(changes: ReadonlyMap<EntityRef, { to: EntityRef }>, entities: readonly RawEntity[], cwd: string): Promise<CatalogPatch> {
  const byRef = new Map(entities.map((raw) => [refOfRaw(raw), raw]));
  const edits = new Map<string, Map<number, Edit>>();
  const notes: string[] = [];
  for (const [ref, { to }] of changes) {
    const raw = byRef.get(ref);
    const position = raw?.positions.get('spec.owner');
    if (!raw || !position?.file) {
      notes.push(`${ref}: set spec.owner to ${to} (${raw?.position.file ? `no spec.owner line in ${raw.position.file}` : 'not read from a file'})`);
      continue;
    }
    const lines = edits.get(position.file) ?? new Map();
    lines.set(position.line, { column: position.column, owner: to, namespace: raw.metadata.namespace });
    edits.set(position.file, lines);
  }
  const root = resolve(cwd);
  const parts: string[] = [];
  for (const [file, lines] of [...edits].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = resolve(root, file);
    if (path !== root && !path.startsWith(root + sep)) {
      notes.push(`${file}: outside the working directory; not patched`);
      continue;
    }
    const text = await readFile(path, 'utf8');
    parts.push(fileDiff(file, text, lines));
  }
  return { diff: parts.join(''), notes };
}

interface Edit {
  column: number;
  owner: EntityRef;
  /** The entity's namespace: the owner's is left out when it is the same. */
  namespace: string;
}

/**
 * The new owner written the way the old one was: with kind and namespace when the old one had them, and
 * whenever the defaults (group, the entity's namespace) would not give the new owner.
 */
function writtenLike(old: string, ref: EntityRef, namespace: string): string {
  const [kind = '', rest = ''] = ref.split(':');
  const [refNamespace = '', name = ''] = rest.split('/');
  const bare = old.replace(/^["']|["']$/g, '');
  const withNamespace = bare.includes('/') || refNamespace !== namespace.toLowerCase();
  const withKind = bare.includes(':') || kind !== 'group';
  return `${withKind ? `${kind}:` : ''}${withNamespace ? `${refNamespace}/` : ''}${name}`;
}

function fileDiff(file: string, text: string, edits: ReadonlyMap<number, Edit>): string {
  const lines = text.split('\n');
  const replaced = new Map([...edits].map(([line, edit]) => {
    const old = lines[line - 1] ?? '';
    const start = edit.column - 1;
    // A reference holds no comma or bracket: in a flow mapping (`{ owner: a, system: b }`) they end it.
    const token = /^(["'])(?:(?!\1).)*\1|^[^\s#,\]}]+/.exec(old.slice(start))?.[0] ?? '';
    return [line, `${old.slice(0, start)}${writtenLike(token, edit.owner, edit.namespace)}${old.slice(start + token.length)}`] as const;
  }));
  return lineDiff(file, text, replaced);
}
