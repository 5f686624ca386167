import type { Diagnostic, SourcePosition } from '../result/index.js';
import type { EntityOutcome } from './entity.js';
import type { FileParse } from './parse-file.js';
import type { RawEntity } from './types.js';

/**
 * A RawEntity as a worker posts it. Every position of an entity lies in the file it was read from, so
 * positions travel as paths plus (line, column) pairs and the file name is added back once on arrival:
 * structured clone would otherwise copy the file name into every one of the ~20 positions per entity,
 * and could not carry a Map's readonly view anyway.
 */
interface WireEntity {
  apiVersion: string;
  kind: RawEntity['kind'];
  metadata: RawEntity['metadata'];
  spec: RawEntity['spec'];
  /** The entity's own line and column, then one pair per path. */
  numbers: number[];
  paths: string[];
}

interface WireDocument {
  entity?: WireEntity;
  diagnostics: Diagnostic[];
}

export type WireFileParse = Exclude<FileParse, { kind: 'parsed' }> | (Omit<Extract<FileParse, { kind: 'parsed' }>, 'documents'> & { documents: WireDocument[] });

export function encodeFileParse(parse: FileParse): WireFileParse {
  if (parse.kind !== 'parsed') return parse;
  return { ...parse, documents: parse.documents.map(encodeDocument) };
}

export function decodeFileParse(wire: WireFileParse, file: string): FileParse {
  if (wire.kind !== 'parsed') return wire;
  return { ...wire, documents: wire.documents.map((doc) => decodeDocument(doc, file)) };
}

function encodeDocument({ entity, diagnostics }: EntityOutcome): WireDocument {
  if (!entity) return { diagnostics };
  const { apiVersion, kind, metadata, spec, position, positions } = entity;
  const numbers = [position.line, position.column];
  const paths: string[] = [];
  for (const [path, at] of positions) {
    paths.push(path);
    numbers.push(at.line, at.column);
  }
  return { entity: { apiVersion, kind, metadata, spec, numbers, paths }, diagnostics };
}

function decodeDocument({ entity, diagnostics }: WireDocument, file: string): EntityOutcome {
  if (!entity) return { diagnostics };
  const { apiVersion, kind, metadata, spec, numbers, paths } = entity;
  const at = (i: number): SourcePosition => ({ file, line: numbers[2 * i] ?? 0, column: numbers[2 * i + 1] ?? 0 });
  const positions = new Map<string, SourcePosition>();
  paths.forEach((path, i) => positions.set(path, at(i + 1)));
  return { entity: { apiVersion, kind, metadata, spec, position: at(0), positions }, diagnostics };
}
