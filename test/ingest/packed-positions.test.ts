import { describe, expect, it } from 'vitest';
import { PackedPositions, PositionTableBuilder } from '../../src/ingest/packed-positions.js';
import { decodeFileParse, encodeFileParse } from '../../src/ingest/parse-wire.js';
import { parseCatalogFile } from '../../src/ingest/parse-file.js';

function entries(count: number, shift = 0): Array<[string, number, number]> {
  return Array.from({ length: count }, (_, i) => [`spec.field${i}`, i + 1 + shift, i + 2]);
}

describe('packed positions', () => {
  it.each([3, 32, 33, 200])('answers get, has and iteration like a Map for %i paths', (count) => {
    const builder = new PositionTableBuilder('f.yaml');
    const other = builder.add(entries(5, 100));
    const packed = builder.add(entries(count));
    builder.finish();
    const map = new Map(entries(count).map(([path, line, column]) => [path, { file: 'f.yaml', line, column }]));
    expect(packed.size).toBe(map.size);
    expect([...packed]).toEqual([...map]);
    for (const [path, at] of map) expect(packed.get(path)).toEqual(at);
    expect(packed.get('spec.missing')).toBeUndefined();
    expect(packed.has(`spec.field${count - 1}`)).toBe(true);
    // Entities of one file share a table without seeing each other's paths.
    expect(other.get('spec.field0')).toEqual({ file: 'f.yaml', line: 101, column: 2 });
    expect(other.has('spec.field5')).toBe(false);
  });

  it('travel between threads as one table per file and come back equal', () => {
    const text = 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: a\nspec:\n  owner: t\n---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: t\nspec:\n  type: team\n  children: []\n';
    const parsed = parseCatalogFile(new TextEncoder().encode(text), 'c.yaml');
    if (parsed.kind !== 'parsed') throw new Error('not parsed');
    const wire = encodeFileParse(parsed);
    if (wire.kind !== 'parsed') throw new Error('not parsed');
    // One path list for the file: metadata.name is sent once for both entities.
    expect(wire.paths.filter((path) => path === 'metadata.name')).toHaveLength(1);
    const back = decodeFileParse(structuredClone(wire), 'c.yaml');
    expect(back).toEqual(parsed);
    if (back.kind !== 'parsed') throw new Error('not parsed');
    const group = back.documents[1]?.entity;
    expect(group?.positions).toBeInstanceOf(PackedPositions);
    expect(group?.positions.get('spec.children')).toEqual({ file: 'c.yaml', line: 14, column: 13 });
    expect(group?.positions.get('spec.owner')).toBeUndefined();
  });
});
