import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { Diagnostic } from '../../src/result/index.js';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import type { IngestResult } from '../../src/ingest/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const fixtures = path.join(repoRoot, 'test/fixtures/ingest');
/** CI clones the repository with `shared` beside it. */
export const backstageExamples = path.resolve(
  here,
  '../../../shared/fixtures/backstage-examples/packages/catalog-model/examples',
);

/** Reads fixture paths with the repository as cwd, so files read as `test/fixtures/ingest/...`. */
export function readFixtures(...paths: string[]): Promise<IngestResult> {
  return readCatalog({ paths: paths.map((p) => path.join(fixtures, p)), cwd: repoRoot });
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

export function names(result: IngestResult): string[] {
  return result.entities.map((e) => `${e.kind}:${e.metadata.name}`);
}

const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temp directory, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'teamfit-ingest-'));
  tempDirs.push(dir);
  return dir;
}

export const component = (name: string): string =>
  `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n`;
