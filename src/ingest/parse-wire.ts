import type { Diagnostic } from '../result/index.js';
import type { EntityOutcome } from './entity.js';
import { internPath, PackedPositions, PositionTable, PositionTableBuilder } from './packed-positions.js';
import type { FileParse } from './parse-file.js';
import type { RawEntity } from './types.js';

/**
 * A RawEntity as a worker posts it: its JSON parts as they are, its positions as a slice of the file's one
 * position table (see PositionTable), which travels once per file: the paths once, the numbers in one
 * typed array, so copying them is a memcpy where structured clone would copy the file name and the path
 * into each of the ~20 positions per entity.
 */
interface WireEntity {
  apiVersion: string;
  kind: RawEntity['kind'];
  metadata: RawEntity['metadata'];
  spec: RawEntity['spec'];
  line: number;
  column: number;
  /** The entity's (path, line, column) triples: `count` of them from `offset` in the file's `numbers`. */
  offset: number;
  count: number;
}

interface WireDocument {
  entity?: WireEntity;
  diagnostics: Diagnostic[];
}

type Parsed = Extract<FileParse, { kind: 'parsed' }>;
type WireParsed = Omit<Parsed, 'documents'> & { documents: WireDocument[]; paths: readonly string[]; numbers: Int32Array };
export type WireFileParse = Exclude<FileParse, Parsed> | WireParsed;

export function encodeFileParse(parse: FileParse): WireFileParse {
  if (parse.kind !== 'parsed') return parse;
  const table = fileTable(parse.documents.flatMap(({ entity }) => (entity ? [entity] : [])));
  const documents = parse.documents.map(({ entity, diagnostics }): WireDocument => {
    if (!entity) return { diagnostics };
    const { apiVersion, kind, metadata, spec, position } = entity;
    const slice = table.slices.get(entity) ?? { offset: 0, count: 0 };
    return { entity: { apiVersion, kind, metadata, spec, line: position.line, column: position.column, ...slice }, diagnostics };
  });
  const numbers = table.numbers instanceof Int32Array ? table.numbers : Int32Array.from(table.numbers);
  return { ...parse, documents, paths: table.paths, numbers };
}

/** The one table a file's entities share; packed anew if they do not (positions made some other way). */
function fileTable(entities: readonly RawEntity[]): { paths: readonly string[]; numbers: ArrayLike<number>; slices: Map<RawEntity, { offset: number; count: number }> } {
  const slices = new Map<RawEntity, { offset: number; count: number }>();
  const shared = entities[0]?.positions instanceof PackedPositions ? entities[0].positions.slice().table : undefined;
  if (shared && entities.every((entity) => entity.positions instanceof PackedPositions && entity.positions.slice().table === shared)) {
    for (const entity of entities) if (entity.positions instanceof PackedPositions) slices.set(entity, entity.positions.slice());
    return { paths: shared.paths, numbers: shared.numbers, slices };
  }
  const builder = new PositionTableBuilder('');
  for (const entity of entities) {
    const packed = builder.add(Array.from(entity.positions, ([path, at]) => [path, at.line, at.column] as const));
    slices.set(entity, packed.slice());
  }
  const { paths, numbers } = builder.finish();
  return { paths, numbers, slices };
}

export function decodeFileParse(wire: WireFileParse, file: string): FileParse {
  if (wire.kind !== 'parsed') return wire;
  const { documents, paths, numbers, ...rest } = wire;
  const table = new PositionTable(file, paths.map(internPath), numbers);
  return {
    ...rest,
    documents: documents.map(({ entity, diagnostics }): EntityOutcome => {
      if (!entity) return { diagnostics };
      const { apiVersion, kind, metadata, spec, line, column, offset, count } = entity;
      const positions = new PackedPositions(table, offset, count);
      return { entity: { apiVersion, kind, metadata, spec, position: { file, line, column }, positions }, diagnostics };
    }),
  };
}
