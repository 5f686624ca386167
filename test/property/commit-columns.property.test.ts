import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommitColumnsBuilder, joinColumns, type CommitColumns } from '../../src/ingest/git/commit-columns.js';
import { decodeColumns, encodeColumns } from '../../src/ingest/git/columns-codec.js';
import type { GitCommit } from '../../src/ingest/git/types.js';
import { buildChangeTable } from '../../src/code-maat/change-table.js';

const person = fc.constantFrom(['Ana', 'ana@x.org'], ['Bo', 'bo@x.org'], ['Bo', 'bo@home.net'], ['Cy Ö', 'cy@x.org']);
const path = fc.constantFrom('a.ts', 'src/b.ts', 'dir with space/c.md', 'ü.txt', 'logo.png');
const counts = fc.option(fc.nat(5000), { nil: null });

function commits(withCounts: boolean): fc.Arbitrary<GitCommit[]> {
  const file = withCounts ? fc.record({ path, added: counts, deleted: counts }) : fc.record({ path });
  const commit = fc.record({
    who: person,
    day: fc.integer({ min: 0, max: 3000 }),
    zone: fc.constantFrom('+00:00', '+02:00', '-07:00'),
    parents: fc.integer({ min: 0, max: 3 }),
    files: fc.array(file, { maxLength: 6 }),
  });
  return fc.array(commit, { maxLength: 25 }).map((list) =>
    list.map(({ who, day, zone, parents, files }, index) => ({
      hash: index.toString(16).padStart(40, '0'),
      parents: Array.from({ length: parents }, (_, p) => `p${p}`),
      authorName: who[0] ?? '',
      authorEmail: who[1] ?? '',
      authorDate: `${new Date(Date.UTC(2015, 0, 1 + day)).toISOString().slice(0, 10)}T12:00:00${zone}`,
      subject: 's',
      files,
    })),
  );
}

function build(list: readonly GitCommit[]): CommitColumns {
  const builder = new CommitColumnsBuilder();
  for (const commit of list) builder.add(commit);
  return builder.build();
}

describe('commit columns (property)', () => {
  it('a history read in parts and joined equals the history read whole; encoding round-trips', () => {
    fc.assert(
      fc.property(fc.boolean().chain((withCounts) => commits(withCounts)), fc.nat(), (list, cut) => {
        const at = list.length === 0 ? 0 : cut % (list.length + 1);
        const whole = build(list);
        expect(joinColumns([build(list.slice(0, at)), build(list.slice(at))])).toEqual(whole);
        expect(decodeColumns(encodeColumns(whole))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('the change table has one row per changed file of each commit kept, authors by name alone', () => {
    fc.assert(
      fc.property(commits(true), (list) => {
        const table = buildChangeTable(build(list), { keep: (commit) => commit % 2 === 0 });
        const kept = list.filter((_, index) => index % 2 === 0);
        const expected = kept.flatMap((commit) => commit.files.map((file) => [file.path, commit.authorName, commit.authorDate.slice(0, 10), file.added ?? 0]));
        const actual = Array.from(table.entity, (entity, row) => [table.entities[entity], table.authors[table.author[row] ?? 0], table.dates[table.rev[row] ?? 0], table.added?.[row]]);
        expect(actual).toEqual(expected);
        expect(new Set(table.authors).size).toBe(table.authors.length);
        expect(table.dates).toHaveLength(kept.filter((commit) => commit.files.length > 0).length);
      }),
      { numRuns: 300 },
    );
  });
});
