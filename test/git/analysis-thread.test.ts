import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisJson } from '../../src/code-maat/analyses-worker.js';
import { MIN_ROWS_FOR_THREAD, startAnalysisThread } from '../../src/code-maat/analysis-thread.js';
import { buildChangeTable } from '../../src/code-maat/change-table.js';
import { mine } from '../../src/code-maat/mine.js';
import { CODE_MAAT_DEFAULTS } from '../../src/code-maat/options.js';
import { readColumns } from '../../src/ingest/git/read-history.js';
import { ROOT, runTeamfit } from '../cli/run-teamfit.js';

const COMMITS = 1_500;
const FILES_PER_COMMIT = 15;
const AUTHORS = ['Ann', 'Bo', 'Cy', 'Dee', 'Eli'];

/** A history long enough for the second thread: COMMITS x FILES_PER_COMMIT change rows over 400 files, five authors. */
function longHistory(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'teamfit-thread-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let stream = '';
  for (let i = 0; i < COMMITS; i++) {
    const author = AUTHORS[(i * 7) % AUTHORS.length] ?? 'Ann';
    const when = 1_600_000_000 + i * 3_600 * 7;
    stream += `commit refs/heads/main\nmark :${i + 1}\nauthor ${author} <${author.toLowerCase()}@example.com> ${when} +0000\ncommitter ${author} <${author.toLowerCase()}@example.com> ${when} +0000\n${data(`change ${i}`)}${i > 0 ? `from :${i}\n` : ''}`;
    // Files that come back together (coupling) and some that do not.
    for (let f = 0; f < FILES_PER_COMMIT; f++) stream += `M 100644 inline src/m${(i % 20) + (f % 3) * 20}/f${(i * 13 + f * 31) % 400}.ts\n${data(`${i} ${f}\n`)}`;
    stream += '\n';
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  return dir;
}

const NAMES = ['revisions', 'coupling', 'authors', 'soc', 'age', 'entity-effort', 'communication', 'summary'] as const;
const WORKER = new URL('dist/code-maat/analyses-worker.js', `file://${ROOT}/`);

describe('analyses in a second thread', () => {
  const repo = longHistory();

  it('give the rows the calling thread gives, whole and cut to --rows', { timeout: 120_000 }, async () => {
    const table = buildChangeTable((await readColumns(repo, { detail: 'names', revisions: ['--all'] })).columns);
    expect(table.entity.length).toBeGreaterThanOrEqual(MIN_ROWS_FOR_THREAD);
    const thread = startAnalysisThread(WORKER);
    if (thread === undefined) throw new Error(`no built worker at ${WORKER.href}: run npm run build`);
    try {
      const now = new Date('2026-01-01T00:00:00Z');
      for (const rows of [undefined, 7]) {
        const json = await thread.run({ table, names: [...NAMES], parameters: CODE_MAAT_DEFAULTS, now: now.getTime(), ...(rows === undefined ? {} : { rows }) });
        for (const name of NAMES) expect(Buffer.from(json.get(name) ?? []).toString('utf8'), name).toBe(Buffer.from(analysisJson(table, name, CODE_MAAT_DEFAULTS, now, rows)).toString('utf8'));
      }
    } finally {
      thread.close();
    }
  });

  it('leave their analyses to the calling thread when the thread fails', { timeout: 120_000 }, async () => {
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'teamfit-thread-broken-')), 'worker.mjs');
    writeFileSync(broken, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const options = { analyses: ['coupling', 'revisions', 'age'] as const, parameters: CODE_MAAT_DEFAULTS, read: { revisions: ['--all'] }, now: new Date('2026-01-01T00:00:00Z') };
    const alone = await mine(repo, { ...options, analyses: [...options.analyses] });
    const thread = startAnalysisThread(new URL(`file://${broken}`));
    if (thread === undefined) throw new Error('expected the broken worker to start');
    const left = await mine(repo, { ...options, analyses: [...options.analyses], thread: { analyses: thread } });
    thread.close();
    expect(left.json.size).toBe(0);
    expect(left.tables).toEqual(alone.tables);
  });

  it('mine prints with several analyses exactly what each prints alone', { timeout: 120_000 }, async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'teamfit-thread-out-'));
    // Into files: the rows pass the 1 MB a test may read from a process's stdout.
    const printed = async (names: readonly string[]): Promise<unknown> => {
      const file = path.join(out, `${names.join('-')}.json`);
      const run = await runTeamfit(['mine', repo, '--format', 'json', '--no-cache', '--age-time-now', '2026-01-01', '--analysis', names.join(','), '--output', file]);
      expect(run.code).toBe(0);
      return JSON.parse(readFileSync(file, 'utf8'));
    };
    const all = (await printed(NAMES)) as Record<string, unknown>;
    expect(Object.keys(all)).toEqual([...NAMES]);
    for (const name of NAMES) expect(all[name], name).toEqual(await printed([name]));
  });
});
