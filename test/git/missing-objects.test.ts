import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/ingest/git/open-repository.js';
import { readHistory } from '../../src/ingest/git/read-history.js';
import type { GitDiagnostic } from '../../src/ingest/git/types.js';
import { TestRepo } from '../discover/git-repo.js';

const lines = (changed: string) => Array.from({ length: 20 }, (_, i) => (i === 10 ? changed : `line ${i}`)).join('\n');

/** A file moved and edited (a rename only content similarity finds), whose first version is then lost from the clone. */
function cloneMissingABlob(): TestRepo {
  const repo = new TestRepo('partial');
  repo.commit('add', { 'a/notes.txt': lines('first') });
  rmSync(join(repo.dir, 'a'), { recursive: true });
  repo.commit('move and edit', { 'b/notes.txt': lines('second') });
  repo.commit('more', { 'c.txt': 'c\n' });
  const blob = repo.git('rev-parse', 'HEAD~2:a/notes.txt').trim();
  rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
  return repo;
}

describe('a clone without some file contents', () => {
  const repo = cloneMissingABlob();

  it('is read whole without rename detection, saying so, instead of stopping at the rename', async () => {
    const history = await readHistory(repo.dir, { detail: 'names', renames: true });
    expect(history.isComplete).toBe(true);
    expect(history.commits.map((c) => c.subject)).toEqual(['more', 'move and edit', 'add']);
    expect(history.commits[1]?.files.map((f) => f.path).sort()).toEqual(['a/notes.txt', 'b/notes.txt']);
    expect(history.diagnostics.map((d) => d.code)).toEqual(['git-renames-not-followed']);
  });

  it('streams every commit once when the read starts again', async () => {
    const diagnostics: GitDiagnostic[] = [];
    const opened = await openRepository(repo.dir, diagnostics);
    const subjects: string[] = [];
    const read = await opened?.forEachCommit(undefined, (commit) => subjects.push(commit.subject));
    expect(subjects).toEqual(['more', 'move and edit', 'add']);
    expect(read).toMatchObject({ commits: 3, isComplete: true });
    expect(read?.diagnostics.map((d) => d.code)).toEqual(['git-renames-not-followed']);
  });
});
