import type { Diagnostic, SourcePosition } from '../result/index.js';
import type { EntityOutcome } from './entity.js';
import type { FileParse } from './parse-file.js';
import type { RawEntity } from './types.js';

/**
 * A RawEntity as a worker posts it: its JSON parts as they are, its positions as numbers. Every position
 * of a file's entities lies in that file and most paths repeat from entity to entity (`metadata.name`,
 * `spec.owner`), so each path is sent once per file and positions travel as (path, line, column) numbers
 * in one typed array: copying them is then a memcpy, where structured clone would copy the file name and
 * the path into each of the ~20 positions per entity.
 */
interface WireEntity {
  apiVersion: string;
  kind: RawEntity['kind'];
  metadata: RawEntity['metadata'];
  spec: RawEntity['spec'];
  /** Offset in `numbers` of the entity's line and column, followed by `count` (path, line, column) triples. */
  offset: number;
  count: number;
}

interface WireDocument {
  entity?: WireEntity;
  diagnostics: Diagnostic[];
}

type Parsed = Extract<FileParse, { kind: 'parsed' }>;
type WireParsed = Omit<Parsed, 'documents'> & { documents: WireDocument[]; paths: string[]; numbers: Int32Array };
export type WireFileParse = Exclude<FileParse, Parsed> | WireParsed;

export function encodeFileParse(parse: FileParse): WireFileParse {
  if (parse.kind !== 'parsed') return parse;
  const paths: string[] = [];
  const pathIndex = new Map<string, number>();
  const numbers: number[] = [];
  const documents = parse.documents.map(({ entity, diagnostics }): WireDocument => {
    if (!entity) return { diagnostics };
    const { apiVersion, kind, metadata, spec, position, positions } = entity;
    const offset = numbers.length;
    numbers.push(position.line, position.column);
    for (const [path, at] of positions) {
      let index = pathIndex.get(path);
      if (index === undefined) {
        index = paths.push(path) - 1;
        pathIndex.set(path, index);
      }
      numbers.push(index, at.line, at.column);
    }
    return { entity: { apiVersion, kind, metadata, spec, offset, count: positions.size }, diagnostics };
  });
  return { ...parse, documents, paths, numbers: Int32Array.from(numbers) };
}

export function decodeFileParse(wire: WireFileParse, file: string): FileParse {
  if (wire.kind !== 'parsed') return wire;
  const { documents, paths, numbers, ...rest } = wire;
  const number = (i: number): number => numbers[i] ?? 0;
  return {
    ...rest,
    documents: documents.map(({ entity, diagnostics }): EntityOutcome => {
      if (!entity) return { diagnostics };
      const { apiVersion, kind, metadata, spec, offset, count } = entity;
      const positions = new Map<string, SourcePosition>();
      for (let i = offset + 2; i < offset + 2 + 3 * count; i += 3) {
        positions.set(paths[number(i)] ?? '', { file, line: number(i + 1), column: number(i + 2) });
      }
      const position = { file, line: number(offset), column: number(offset + 1) };
      return { entity: { apiVersion, kind, metadata, spec, position, positions }, diagnostics };
    }),
  };
}
