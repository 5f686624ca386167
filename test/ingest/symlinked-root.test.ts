import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/ingest/read-catalog.js';

const location = `apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: root
spec:
  targets: [./parts/shop.yaml]
`;
const system = `apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: shop
spec:
  owner: team-a
`;

describe('a root reached through a symlink', () => {
  it('still follows Location targets inside it', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'teamfit-symroot-'));
    const real = path.join(base, 'real');
    mkdirSync(path.join(real, 'parts'), { recursive: true });
    writeFileSync(path.join(real, 'catalog-info.yaml'), location);
    writeFileSync(path.join(real, 'parts', 'shop.yaml'), system);
    symlinkSync(real, path.join(base, 'link'));
    const result = await readCatalog({ paths: [path.join(base, 'link', 'catalog-info.yaml')], cwd: base });
    expect(result.diagnostics).toEqual([]);
    expect(result.entities.map((e) => `${e.kind}:${e.metadata.name}`)).toEqual(['Location:root', 'System:shop']);
  });
});
