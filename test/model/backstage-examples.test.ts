import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { buildModel } from '../../src/model/build-model.js';
import { fieldPath, REF_FIELDS } from '../../src/model/ref-fields.js';

const PAIRS = [
  ['ownedBy', 'ownerOf'],
  ['partOf', 'hasPart'],
  ['dependsOn', 'dependencyOf'],
  ['memberOf', 'hasMember'],
  ['childOf', 'parentOf'],
  ['providesApi', 'apiProvidedBy'],
  ['consumesApi', 'apiConsumedBy'],
  ['operatedBy', 'operates'],
] as const;

// Backstage's own example catalog, kept beside the repository (not in it).
const examples = fileURLToPath(new URL('../../../shared/fixtures/backstage-examples/packages/catalog-model/examples', import.meta.url));

describe("Backstage's example catalog", async () => {
  const ingest = await readCatalog({ paths: ['.'], cwd: examples });
  const { model, diagnostics } = buildModel(ingest.entities, defaultConfig());

  it('builds without a warning or an error', () => {
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('resolves every one of its 76 references', () => {
    const written = ingest.entities.flatMap((raw) =>
      REF_FIELDS[raw.kind].flatMap((field) => {
        const value = field.inAnnotation ? raw.metadata.annotations[field.key] : raw.spec[field.key];
        return value === undefined || value === null ? [] : [value].flat().map((ref) => `${fieldPath(field)} ${String(ref)}`);
      }),
    );
    expect(written).toHaveLength(76);
    expect(model.entities.filter((e) => e.unresolved.length > 0)).toEqual([]);
  });

  it('derives the relations Backstage shows', () => {
    const has = (source: string, type: string, target: string) =>
      model.relations.some((r) => r.source === source && r.type === type && r.target === target);
    expect(has('component:default/artist-lookup', 'dependsOn', 'resource:default/artists-db')).toBe(true);
    expect(has('resource:default/artists-db', 'dependencyOf', 'component:default/artist-lookup')).toBe(true);
    expect(has('component:default/wayback-archive-ingestion', 'partOf', 'component:default/wayback-archive')).toBe(true);
    expect(has('group:default/team-a', 'childOf', 'group:default/backstage')).toBe(true);
    expect(has('user:default/guest', 'memberOf', 'group:default/team-a')).toBe(true);
    expect(has('system:default/audio-playback', 'partOf', 'domain:default/playback')).toBe(true);
    const inverse: Record<string, string> = {};
    for (const [a, b] of PAIRS) Object.assign(inverse, { [a]: b, [b]: a });
    const missingReverse = model.relations.filter((r) => !has(r.target, inverse[r.type] ?? '?', r.source));
    expect(missingReverse).toEqual([]);
  });
});
