import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import type { IngestResult } from '../../src/ingest/types.js';
import { backstageExamples, repoRoot } from './helpers.js';

const EXPECTED = { Component: 13, API: 7, Resource: 1, System: 3, Domain: 2, Group: 8, User: 16, Location: 7 };

function countByKind(result: IngestResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entity of result.entities) counts[entity.kind] = (counts[entity.kind] ?? 0) + 1;
  return counts;
}

function expectComplete(result: IngestResult): void {
  expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  expect(result.entities).toHaveLength(57);
  expect(countByKind(result)).toEqual(EXPECTED);
  const refs = result.entities.map((e) => `${e.kind}:${e.metadata.namespace}/${e.metadata.name}`);
  expect(new Set(refs).size).toBe(57);
}

describe("Backstage's example catalog", () => {
  it('loads from the directory', async () => {
    expectComplete(await readCatalog({ paths: [backstageExamples], cwd: repoRoot }));
  });

  it('loads everything through Location targets from acme-corp.yaml and all-*.yaml', async () => {
    const roots = readdirSync(backstageExamples)
      .filter((name) => name === 'acme-corp.yaml' || /^all-.*\.yaml$/.test(name))
      .map((name) => path.join(backstageExamples, name));
    expect(roots).toHaveLength(6);
    const result = await readCatalog({ paths: roots, cwd: repoRoot });
    expectComplete(result);
    expect(result.files).toHaveLength(40);
  });

  it('keeps $text definitions and positions of real files', async () => {
    const result = await readCatalog({ paths: [backstageExamples], cwd: repoRoot });
    const api = result.entities.find((e) => e.kind === 'API' && e.metadata.name === 'wayback-search');
    expect(api?.spec.definition).toEqual({ $text: expect.stringMatching(/^https:/) });
    expect(api?.positions.get('spec.owner')?.file).toMatch(/apis\/wayback-search-api\.yaml$/);
  });
});
