import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Command, Option } from 'commander';
import { ANALYSIS_NAMES, isAnalysisName, type AnalysisName } from '../../code-maat/analyses/names.js';
import { keepingRows, keptRows, rowsEntry } from '../../code-maat/rows-cache.js';
import { tableToCsv, tableToJsonPieces } from '../../code-maat/format-table.js';
import { parseShard, shardFromEnv, type Shard } from '../../util/shard.js';
import { VERSION } from '../../util/version.js';
import type { Table } from '../../code-maat/table.js';
import { CODE_MAAT_DEFAULTS, type MiningParameters } from '../../code-maat/options.js';
import { botMatcher, BUILT_IN_BOTS, type CommitFilter } from '../../code-maat/filters.js';
import { isSymlinkLoop, UsageError } from '../../util/errors.js';
import { EXIT_USAGE } from '../exit-code.js';
import { emit, outputOption } from '../output.js';
import { sanitizeForTerminal } from '../../report/sanitize.js';
import type { CommandContext } from './context.js';

// commander checks each option as it parses it (choices, the argParsers below), so its values are typed here
// without zod: a warm run takes ~0.2 s, and loading zod's hundred modules cost 80 ms of it.
interface Options extends MiningParameters {
  analysis: string;
  format: 'csv' | 'json';
  output?: string;
  group?: string;
  rows?: number;
  rev: string[];
  excludeRefs: string[];
  since?: string;
  until?: string;
  merges: boolean;
  skipBots: boolean;
  botPattern: string[];
  cache: boolean;
  cacheDir?: string;
  jobs: number;
  partial?: string;
  reposDir?: string;
  shard?: string;
}

export function mineCommand(context: CommandContext): Command {
  return new Command('mine')
    .description("run code-maat's analyses on a git repository and print code-maat's rows (all refs, all time, every author unless filtered)")
    .argument('[repos...]', 'a local clone, bare or not (several with --partial)')
    .addOption(new Option('--analysis <names>', `one of ${ANALYSIS_NAMES.join(', ')} (several, comma-separated, with --format json)`).default('authors'))
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .addOption(outputOption())
    .option('--group <file>', 'code-maat grouping file: "path => name" or "^regex$ => name" per line')
    .addOption(integer('--min-revs <n>', 'minimum revisions of an entity (coupling, soc)', CODE_MAAT_DEFAULTS.minRevs))
    .addOption(integer('--min-shared-revs <n>', 'minimum shared revisions of a pair (coupling)', CODE_MAAT_DEFAULTS.minSharedRevs))
    .addOption(integer('--min-coupling <n>', 'minimum degree of coupling in percent', CODE_MAAT_DEFAULTS.minCoupling))
    .addOption(integer('--max-coupling <n>', 'maximum degree of coupling in percent', CODE_MAAT_DEFAULTS.maxCoupling))
    .addOption(integer('--max-changeset-size <n>', 'commits changing more entities are left out of coupling', CODE_MAAT_DEFAULTS.maxChangesetSize))
    .addOption(new Option('--age-time-now <date>', 'time zero of the age analysis, YYYY-MM-DD (default today)').argParser(day))
    .addOption(integer('--rows <n>', 'print at most this many rows'))
    .option('--rev <revision>', 'revisions to read (repeatable; default every ref, like git log --all)', collect, [])
    .option('--exclude-refs <glob>', 'refs left out of every-ref reading, e.g. refs/pull/* (repeatable)', collect, [])
    .option('--since <date>', 'only commits authored on or after this date')
    .option('--until <date>', 'only commits authored on or before this date')
    .option('--no-merges', 'leave out merge commits')
    .option('--skip-bots', `leave out bot commits (${BUILT_IN_BOTS.slice(0, 3).join(', ')}, ..., names ending in bot)`)
    .option('--bot-pattern <glob>', 'one more bot, as git.bots: matched whole on the author name or e-mail, * wildcards, !pattern for a person (repeatable; implies --skip-bots)', collect, [])
    .option('--cache-dir <dir>', 'where the commit cache lives (default .teamfit/ in the working directory)')
    .option('--no-cache', 'read the whole history from git, without the cache')
    .addOption(integer('--jobs <n>', 'parallel git processes for a long history (with --partial: repositories read at once)', 2, 1))
    .option('--partial <dir>', 'run no analysis: write each repository\'s history (as analyze --repo reads it) into DIR, for analyze --history-from')
    .option('--repos-dir <dir>', 'with --partial: also every clone in this folder (and its owner/repo subfolders)')
    .option('--shard <i/n>', 'with --partial: only share I of N (1 <= I <= N) of the repositories; default from JOB_COMPLETION_INDEX (0-based) and JOB_COMPLETION_COUNT')
    .action(async (repos: string[], _options: unknown, command: Command) => {
      const given = command.opts<Omit<Options, 'skipBots'> & { skipBots?: true }>();
      const options: Options = { ...given, skipBots: given.skipBots ?? false };
      const { io } = context;
      if (options.partial !== undefined) {
        await writePartials(context, repos, options);
        return;
      }
      if (options.reposDir !== undefined || options.shard !== undefined) throw new UsageError('--repos-dir and --shard go with --partial');
      const [repo, ...extra] = repos;
      if (repo === undefined) throw new UsageError("missing argument: the repository to mine");
      if (extra.length > 0) throw new UsageError('one repository at a time (several go with --partial)');
      const analyses = parseAnalyses(options.analysis, options.format);
      const repoPath = resolve(io.cwd, repo);
      await stat(repoPath).catch((error: unknown) => {
        throw new UsageError(`${isSymlinkLoop(error) ? 'a symlink loop' : 'no such repository'}: ${repo}`);
      });
      const groupText = options.group === undefined ? undefined : await readText(resolve(io.cwd, options.group), options.group);
      // Loaded only with a grouping file: its regular expressions (re2js) are not needed otherwise.
      const grouping = groupText === undefined || options.group === undefined ? undefined : (await import('../../code-maat/grouping.js')).parseGrouping(groupText, options.group);
      const revisions = options.rev.length > 0 ? options.rev : ['--all'];
      const now = options.ageTimeNow ? new Date(`${options.ageTimeNow}T00:00:00Z`) : new Date();
      const cacheDir = resolve(io.cwd, options.cacheDir ?? '.teamfit');
      // The output of an unchanged history with the same options is kept whole: a warm run only resolves the tips.
      const entry = options.cache ? await rowsEntry(cacheDir, repoPath, { revisions, excludeRefs: options.excludeRefs }, rowsKeyOf(options, analyses, groupText, now)) : undefined;
      let pieces: Iterable<string | Uint8Array> | undefined = entry === undefined ? undefined : keptRows(entry);
      let hasErrors = false;
      if (pieces === undefined) {
        // Loaded only now: a warm run prints kept rows without the reader or any analysis.
        const [{ mine }, { cachedReader }] = await Promise.all([import('../../code-maat/mine.js'), import('../../code-maat/cached-reader.js')]);
        const result = await mine(repoPath, {
          analyses,
          parameters: { ...options, ...(options.ageTimeNow ? { ageTimeNow: options.ageTimeNow } : {}) },
          ...(grouping ? { grouping } : {}),
          read: { revisions, excludeRefs: options.excludeRefs, jobs: options.jobs },
          ...(filterOf(options) ? { filter: filterOf(options) } : {}),
          ...(options.cache ? { reader: cachedReader(cacheDir) } : {}),
          now,
        });
        for (const diagnostic of result.diagnostics) io.stderr(`teamfit: ${diagnostic.severity}: ${diagnostic.message} (${diagnostic.code})\n`);
        if (result.diagnostics.some((diagnostic) => diagnostic.code === 'git-missing' || diagnostic.code === 'git-not-a-repository')) {
          throw new UsageError(result.diagnostics.find((diagnostic) => diagnostic.severity === 'error')?.message ?? 'cannot read the repository');
        }
        hasErrors = result.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
        const rows = options.format === 'csv' ? [csvOf(result.tables, options.rows)] : jsonPieces(result.tables, analyses, options.rows);
        // Only a clean read is kept: a run that met a problem must meet it again, and say so.
        pieces = entry !== undefined && result.diagnostics.length === 0 ? keepingRows(entry, rows) : rows;
      }
      if (options.format === 'csv') {
        const csv = textOf(pieces);
        // Author and file names are untrusted: on standard output their control characters are shown escaped, as
        // analyze does; a file written with --output keeps every byte of code-maat's CSV.
        await emit(io, options.output === undefined || options.output === '-' ? sanitizeForTerminal(csv) : csv, options.output);
      } else {
        await emit(io, pieces, options.output);
      }
      if (hasErrors) context.exitCode = EXIT_USAGE;
    });
}

// The map step: no analysis, one partial file per repository of this shard, one line each on stdout.
async function writePartials(context: CommandContext, repos: readonly string[], options: Options): Promise<void> {
  const { io } = context;
  const shard = shardOf(options.shard, io.env);
  if (repos.length === 0 && options.reposDir === undefined) throw new UsageError('--partial needs repositories: give clones, --repos-dir, or both');
  for (const path of [...repos, ...(options.reposDir === undefined ? [] : [options.reposDir])]) {
    await stat(resolve(io.cwd, path)).catch((error: unknown) => {
      throw new UsageError(`${isSymlinkLoop(error) ? 'a symlink loop' : 'no such repository'}: ${path}`);
    });
  }
  // Only the map step of a sharded run needs the partial files' writer (and their result schemas).
  const { writeHistoryPartials } = await import('../../code-maat/write-partials.js');
  const result = await writeHistoryPartials(repos, options.reposDir, {
    outDir: resolve(io.cwd, options.partial ?? '.'),
    cwd: io.cwd,
    ...(options.cache ? { cacheDir: resolve(io.cwd, options.cacheDir ?? '.teamfit') } : {}),
    ...(shard ? { shard } : {}),
    jobs: options.jobs,
    writtenBy: `teamfit ${VERSION}`,
  });
  for (const diagnostic of result.diagnostics) io.stderr(`teamfit: ${diagnostic.severity}: ${sanitizeForTerminal(diagnostic.message)} (${diagnostic.code})${diagnostic.file === undefined ? '' : ` ${sanitizeForTerminal(diagnostic.file)}`}\n`);
  const lines = result.written.map((entry) => `${entry.repository}  ${entry.commits} commits  ${relative(io.cwd, entry.file)}\n`);
  const share = shard ? ` (shard ${shard.index}/${shard.count}; ${result.skipped} repositories belong to other shards)` : '';
  io.stdout(sanitizeForTerminal(`${lines.join('')}wrote ${result.written.length} history partials${share}\n`));
  if (result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) context.exitCode = EXIT_USAGE;
}

// --shard wins over the variables a Kubernetes Indexed Job sets; wrong values in either are usage errors.
function shardOf(text: string | undefined, env: Readonly<Record<string, string | undefined>>): Shard | undefined {
  if (text !== undefined) {
    const shard = parseShard(text);
    if (shard === undefined) throw new UsageError(`--shard: expected I/N with 1 <= I <= N, got ${text}`);
    return shard;
  }
  const fromEnv = shardFromEnv(env);
  if (typeof fromEnv === 'string') throw new UsageError(fromEnv);
  return fromEnv;
}

function csvOf(tables: Map<AnalysisName, Table>, rows: number | undefined): string {
  return [...tables.values()].map((table) => tableToCsv({ ...table, rows: table.rows.slice(0, Math.min(table.rows.length, rows ?? table.rows.length)) })).join('');
}

// Everything the printed rows depend on besides the history; the day counts only for the age analysis.
function rowsKeyOf(options: Options, analyses: readonly AnalysisName[], groupText: string | undefined, now: Date): unknown {
  const { analysis: _a, output: _o, cache: _c, cacheDir: _d, jobs: _j, partial: _p, reposDir: _r, shard: _s, rev: _v, excludeRefs: _e, group: _g, ...shaping } = options;
  return { ...shaping, analyses, groupText: groupText ?? null, day: analyses.includes('age') ? now.toISOString().slice(0, 10) : null };
}

// One analysis prints its rows; several print an object of them by name. Compact: the rows are long.
function* jsonPieces(tables: Map<AnalysisName, Table>, analyses: readonly AnalysisName[], rows: number | undefined): Generator<string | Uint8Array> {
  if (analyses.length === 1) {
    yield* tableToJsonPieces(tables.get(analyses[0] ?? 'authors') ?? { columns: [], rows: [] }, rows);
  } else {
    let separator = '{';
    for (const [name, table] of tables) {
      yield `${separator}${JSON.stringify(name)}:`;
      yield* tableToJsonPieces(table, rows);
      separator = ',';
    }
    yield '}';
  }
  yield '\n';
}

function parseAnalyses(text: string, format: string): AnalysisName[] {
  const names = text.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !isAnalysisName(name));
  if (unknown.length > 0) throw new UsageError(`unknown analysis: ${unknown.join(', ')} (expected one of ${ANALYSIS_NAMES.join(', ')})`);
  if (names.length > 1 && format === 'csv') throw new UsageError('several analyses need --format json');
  return names.filter(isAnalysisName);
}

function filterOf(options: Options): CommitFilter | undefined {
  const skipBots = options.skipBots || options.botPattern.length > 0;
  if (options.since === undefined && options.until === undefined && options.merges && !skipBots) return undefined;
  for (const [flag, date] of [['--since', options.since], ['--until', options.until]] as const) {
    if (date !== undefined && Number.isNaN(Date.parse(date))) throw new UsageError(`${flag}: not a date: ${date}`);
  }
  return { ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}), skipMerges: !options.merges, ...(skipBots ? { bots: botMatcher(options.botPattern) } : {}) };
}

function integer(flags: string, description: string, fallback?: number, least = 0): Option {
  const option = new Option(flags, description).argParser((value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < least) throw new UsageError(`${flags.split(' ')[0]}: expected a whole number${least > 0 ? ` of at least ${least}` : ''}, got ${value}`);
    return Number(value);
  });
  return fallback === undefined ? option : option.default(fallback);
}

function day(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new UsageError(`--age-time-now: expected a day as YYYY-MM-DD, got ${value}`);
  return value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function readText(path: string, shownAs: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${shownAs}`);
  }
}

// Kept rows come back as bytes; the CSV is shown escaped, so it is needed as text.
function textOf(pieces: Iterable<string | Uint8Array>): string {
  const decoder = new StringDecoder('utf8');
  let text = '';
  for (const piece of pieces) text += typeof piece === 'string' ? piece : decoder.write(piece);
  return text + decoder.end();
}
