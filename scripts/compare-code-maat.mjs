// node scripts/compare-code-maat.mjs <repo> [--analysis a,b] [--exclude-refs glob ...] [--age-time-now YYYY-MM-DD] [--group FILE]
//   [--min-revs N --min-shared-revs N --min-coupling N --max-coupling N --max-changeset-size N]
// Runs code-maat (its jar from code-forensics 3.1.0, fetched into a cache dir) and `teamfit mine` on the same
// history and compares their rows. code-maat breaks sort ties in hash-map order, which is not reproducible, so
// rows are compared as runs of equal sort keys: the runs must come in the same order and hold the same rows.
// main-dev picks one of several authors with the same top count in that order too: such picks are counted
// as ties, checked against teamfit's per-author figures. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { codeMaatJar, runCodeMaat, writeCodeMaatLog } from './bench/git-code-maat.mjs';

const ALL = ['revisions', 'authors', 'coupling', 'soc', 'entity-ownership', 'main-dev', 'main-dev-by-revs', 'entity-effort', 'fragmentation', 'communication', 'age', 'abs-churn', 'author-churn', 'entity-churn', 'summary'];
// The columns code-maat sorts each analysis by; rows with equal keys may come in any order.
const SORT_KEYS = {
  revisions: ['n-revs'], authors: ['n-authors', 'n-revs'], coupling: ['degree', 'average-revs'], soc: ['soc', 'entity'],
  'entity-ownership': ['entity'], 'main-dev': ['entity'], 'main-dev-by-revs': ['entity'], 'entity-effort': ['entity'],
  fragmentation: ['fractal-value', 'total-revs'], communication: ['strength', 'author'], age: ['age-months'],
  'abs-churn': ['date'], 'author-churn': ['author'], 'entity-churn': ['added'], summary: ['statistic'],
};
const NAME_COLUMNS = new Set(['entity', 'coupled']);
const DESCENDING = new Set(['revisions', 'authors', 'coupling', 'soc', 'fragmentation', 'communication', 'entity-churn']);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    analysis: { type: 'string', default: ALL.join(',') },
    'exclude-refs': { type: 'string', multiple: true, default: [] },
    'age-time-now': { type: 'string', default: new Date().toISOString().slice(0, 10) },
    group: { type: 'string' },
    'min-revs': { type: 'string' },
    'min-shared-revs': { type: 'string' },
    'min-coupling': { type: 'string' },
    'max-coupling': { type: 'string' },
    'max-changeset-size': { type: 'string' },
  },
});
const repo = path.resolve(positionals[0] ?? '.');
const jar = codeMaatJar();
if (jar === undefined) process.exit(0);
// TEAMFIT_BIN: a build of teamfit elsewhere, when dist/ is being rebuilt under a long comparison.
const teamfit = process.env.TEAMFIT_BIN ?? fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'teamfit-compare-'));
let failures = 0;
try {
  const log = path.join(work, 'code-maat.log');
  writeCodeMaatLog(repo, log, values['exclude-refs']);
  const PARAMETERS = { 'min-revs': '-n', 'min-shared-revs': '-m', 'min-coupling': '-i', 'max-coupling': '-x', 'max-changeset-size': '-s' };
  const given = Object.keys(PARAMETERS).filter((name) => values[name] !== undefined);
  const shared = ['--age-time-now', values['age-time-now'], ...(values.group ? ['--group', values.group] : []), ...given.flatMap((name) => [`--${name}`, values[name]])];
  const theirParameters = given.flatMap((name) => [PARAMETERS[name], values[name]]);
  const excludes = values['exclude-refs'].flatMap((glob) => ['--exclude-refs', glob]);
  const ours = JSON.parse(execFileSync(process.execPath, [teamfit, 'mine', repo, '--no-cache', '--format', 'json', '--analysis', 'entity-ownership,entity-effort', ...excludes, ...shared], { encoding: 'utf8', maxBuffer: 1 << 30 }));
  for (const analysis of values.analysis.split(',')) {
    const expected = parseCsv(await runCodeMaat(jar, log, analysis, ['-d', values['age-time-now'], ...(values.group ? ['-g', values.group] : []), ...theirParameters]));
    const actual = parseCsv(execFileSync(process.execPath, [teamfit, 'mine', repo, '--no-cache', '--analysis', analysis, ...excludes, ...shared], { encoding: 'utf8', maxBuffer: 1 << 30 }));
    const header = expected[0] ?? [];
    let isRenamed = false;
    for (const row of expected.slice(1)) {
      header.forEach((name, index) => {
        if (!NAME_COLUMNS.has(name)) return;
        const path = unquoteGitPath(row[index]);
        isRenamed ||= path !== row[index];
        row[index] = path;
      });
    }
    // code-maat sorted the quoted names; with the real paths back, order each pair and sort the rows again
    // (stably), as it would have with those names.
    if (isRenamed && analysis === 'coupling') for (const row of expected.slice(1)) if (row[1] < row[0]) [row[0], row[1]] = [row[1], row[0]];
    if (isRenamed) resort(analysis, header, expected);
    const outcome = compare(analysis, header, actual[0] ?? [], expected.slice(1), actual.slice(1), ours);
    failures += outcome.mismatches;
    console.log(`${analysis.padEnd(17)} ${String(expected.length - 1).padStart(7)} rows  ${outcome.mismatches === 0 ? 'identical' : `${outcome.mismatches} DIFFERENT`}${outcome.ties ? `  (${outcome.ties} main-dev ties broken differently, same counts)` : ''}${outcome.note}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);

function resort(analysis, header, table) {
  const keys = SORT_KEYS[analysis].map((name) => header.indexOf(name));
  const sign = DESCENDING.has(analysis) ? -1 : 1;
  const isText = (index) => ['entity', 'coupled', 'author', 'date', 'statistic'].includes(header[index]);
  const body = table.slice(1).sort((a, b) => {
    for (const index of keys) {
      const x = isText(index) ? a[index] : Number(a[index]);
      const y = isText(index) ? b[index] : Number(b[index]);
      if (x !== y) return (x < y ? -1 : 1) * sign;
    }
    return 0;
  });
  table.splice(1, body.length, ...body);
}

function compare(analysis, header, ourHeader, expected, actual, ours) {
  if (header.join(',') !== ourHeader.join(',')) return { mismatches: 1, ties: 0, note: `  header ${ourHeader} vs ${header}` };
  if (expected.length !== actual.length) return { mismatches: Math.abs(expected.length - actual.length) || 1, ties: 0, note: `  ${actual.length} rows from teamfit` };
  const keyIndexes = SORT_KEYS[analysis].map((name) => header.indexOf(name));
  const keyOf = (row) => keyIndexes.map((index) => row[index]).join('\u0000');
  let mismatches = 0;
  let ties = 0;
  let note = '';
  for (let start = 0; start < expected.length; ) {
    let end = start;
    while (end < expected.length && keyOf(expected[end]) === keyOf(expected[start])) end++;
    const theirs = expected.slice(start, end).map((row) => row.join('\u0000')).sort();
    const mine = actual.slice(start, end).map((row) => row.join('\u0000')).sort();
    for (let index = 0; index < theirs.length; index++) {
      if (theirs[index] === mine[index]) continue;
      if ((analysis === 'main-dev' || analysis === 'main-dev-by-revs') && isTie(analysis, theirs[index].split('\u0000'), mine[index].split('\u0000'), ours)) ties++;
      else {
        mismatches++;
        if (note === '') note = `\n    code-maat: ${theirs[index]?.replaceAll('\u0000', ',')}\n    teamfit:   ${mine[index]?.replaceAll('\u0000', ',')}`;
      }
    }
    start = end;
  }
  return { mismatches, ties, note };
}

// Both picked a main developer with the same top count: code-maat's author must have that count too.
function isTie(analysis, theirs, mine, ours) {
  if (theirs[0] !== mine[0] || theirs.slice(2).join() !== mine.slice(2).join()) return false;
  const table = analysis === 'main-dev' ? ours['entity-ownership'] : ours['entity-effort'];
  const field = analysis === 'main-dev' ? 'added' : 'author-revs';
  return table.some((row) => row.entity === theirs[0] && row.author === theirs[1] && String(row[field]) === theirs[2]);
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += char;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

// code-maat keeps git's C-quoted form of unusual paths ("caf\303\251.txt"); teamfit prints the path itself.
function unquoteGitPath(name) {
  if (!(name.length >= 2 && name.startsWith('"') && name.endsWith('"'))) return name;
  const bytes = [];
  const escapes = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  const inner = name.slice(1, -1);
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index];
    if (char !== '\\') bytes.push(...Buffer.from(char, 'utf8'));
    else if (/[0-7]/.test(inner[index + 1])) bytes.push(parseInt(inner.slice(index + 1, index + 4), 8)), (index += 3);
    else bytes.push(escapes[inner[index + 1]] ?? inner.charCodeAt(index + 1)), index++;
  }
  return Buffer.from(bytes).toString('utf8');
}
