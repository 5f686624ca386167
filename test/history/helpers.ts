import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../src/config/schema.js';
import { readCatalog } from '../../src/ingest/read-catalog.js';
import { buildModel } from '../../src/model/build-model.js';
import { ModelIndex } from '../../src/model/model-index.js';
import type { HistoryCommit } from '../../src/analyze/history/types.js';

export const fixtures = fileURLToPath(new URL('../fixtures/history/', import.meta.url));

export async function indexOf(dir: string): Promise<ModelIndex> {
  const ingest = await readCatalog({ paths: [dir], cwd: fixtures });
  return new ModelIndex(buildModel(ingest.entities, defaultConfig()).model);
}

let clock = Date.UTC(2026, 0, 1) / 1000;

/** A commit one hour after the previous one. */
export function commit(author: string, files: string[], subject = 'change'): HistoryCommit {
  clock += 3600;
  const [name = author, email = `${author}@shop.example`] = author.includes('<') ? author.replace('>', '').split(' <') : [author];
  return { authorName: name, authorEmail: email, date: clock, isMerge: false, subject, files };
}

/** A source's read function over a fixed list of commits. */
export function stream(commits: readonly HistoryCommit[]): (onCommit: (commit: HistoryCommit) => void) => Promise<void> {
  return async (onCommit) => commits.forEach(onCommit);
}
