import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { EntityRef } from '../result/index.js';
import type { RawEntity } from '../ingest/types.js';
import { refOfRaw } from '../model/to-model-entity.js';

export interface CatalogPatch {
  /** A unified diff of the catalog files (git apply / patch -p1 from the working directory). */
  diff: string;
  /** Owner changes the diff cannot carry (no spec.owner line, an entity read from an API), in words. */
  notes: string[];
}

const CONTEXT = 3;

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
  const changed = [...edits.keys()].sort((a, b) => a - b);
  const after = new Map(changed.map((line) => {
    const old = lines[line - 1] ?? '';
    const edit = edits.get(line) as Edit;
    const start = edit.column - 1;
    const token = /^(["'])(?:(?!\1).)*\1|^[^\s#]+/.exec(old.slice(start))?.[0] ?? '';
    return [line, `${old.slice(0, start)}${writtenLike(token, edit.owner, edit.namespace)}${old.slice(start + token.length)}`] as const;
  }));
  // Hunks: changed lines closer than twice the context share one.
  const hunks: number[][] = [];
  for (const line of changed) {
    const last = hunks.at(-1);
    if (last && line - (last.at(-1) ?? 0) <= 2 * CONTEXT) last.push(line);
    else hunks.push([line]);
  }
  const out = [`--- a/${file}\n`, `+++ b/${file}\n`];
  const total = text.endsWith('\n') ? lines.length - 1 : lines.length;
  for (const hunk of hunks) {
    const first = Math.max(1, (hunk[0] ?? 1) - CONTEXT);
    const last = Math.min(total, (hunk.at(-1) ?? 1) + CONTEXT);
    const count = last - first + 1;
    out.push(`@@ -${first},${count} +${first},${count} @@\n`);
    for (let line = first; line <= last; line++) {
      const old = lines[line - 1] ?? '';
      const now = after.get(line);
      const end = line === total && !text.endsWith('\n') ? '\n\\ No newline at end of file\n' : '\n';
      if (now === undefined || now === old) out.push(` ${old}${end}`);
      else out.push(`-${old}${end}`, `+${now}${end}`);
    }
  }
  return out.join('');
}
