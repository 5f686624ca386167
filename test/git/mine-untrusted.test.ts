import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGrouping } from '../../src/code-maat/grouping.js';
import { runTeamfit, temporaryDirectory } from '../cli/run-teamfit.js';
import { ANA, FixtureRepo } from './fixture-repo.js';

// Author and file names come from whoever pushed to the repository: a terminal must not run their escapes.
const CLEAR_SCREEN = '\u001b[2J';
const C1_CSI = '\u009b31m';
const EVIL = { name: `Mallory${CLEAR_SCREEN}`, email: 'mallory@example.com' };
const LONG_NAME = `${'a'.repeat(40)}b.txt`;

let repo: FixtureRepo;
beforeAll(() => {
  repo = new FixtureRepo();
  repo.commit(ANA, '2026-01-05', { [`red${C1_CSI}.txt`]: 'x', [LONG_NAME]: 'y' });
  repo.commit(EVIL, '2026-01-06', { [`red${C1_CSI}.txt`]: 'xx' });
});
afterAll(() => repo.remove());

describe('mine on untrusted names', () => {
  it('CSV on standard output shows control characters as visible escapes; written with --output it keeps every byte', async () => {
    const printed = await runTeamfit(['mine', repo.path, '--analysis', 'authors', '--no-cache']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).not.toMatch(/[\u001b\u009b]/);
    expect(printed.stdout).toContain('red\\u009B31m.txt,2,2');
    const dir = await temporaryDirectory();
    const written = await runTeamfit(['mine', repo.path, '--analysis', 'main-dev', '--no-cache', '--output', join(dir, 'rows.csv')]);
    expect(written.code).toBe(0);
    const file = await readFile(join(dir, 'rows.csv'), 'utf8');
    expect(file).toContain(`red${C1_CSI}.txt`);
  });

  it('JSON escapes the controls JSON.stringify leaves raw, and reads back to the exact names', async () => {
    const printed = await runTeamfit(['mine', repo.path, '--analysis', 'main-dev,author-churn', '--format', 'json', '--no-cache', '--min-revs', '1']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    const rows = JSON.parse(printed.stdout) as { 'main-dev': Array<{ entity: string }>; 'author-churn': Array<{ author: string }> };
    expect(rows['main-dev'].map((row) => row.entity)).toContain(`red${C1_CSI}.txt`);
    expect(rows['author-churn'].map((row) => row.author)).toContain(EVIL.name);
  });

  it('a catastrophic grouping expression matches in linear time, and lookarounds are refused by line', async () => {
    const dir = await temporaryDirectory();
    await writeFile(join(dir, 'layers.txt'), '^(a+)+$ => A\n^.*$ => Rest\n');
    const grouped = await runTeamfit(['mine', repo.path, '--analysis', 'revisions', '--group', join(dir, 'layers.txt'), '--no-cache']);
    expect(grouped).toMatchObject({ code: 0, stdout: 'entity,n-revs\nRest,3\n' });
    expect(() => parseGrouping('src => A\n^(?<=a)b$ => B\n', 'layers.txt')).toThrow(/^layers\.txt:2: invalid regular expression \(RE2 syntax/);
  });
});
