import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { ANALYSIS_NAMES, isAnalysisName, type AnalysisName } from '../../history/analyses/index.js';
import { cachedReader } from '../../history/cached-reader.js';
import { tableToCsv, tableToJsonPieces } from '../../history/format-table.js';
import { parseGrouping } from '../../history/grouping.js';
import { mine } from '../../history/mine.js';
import type { Table } from '../../history/table.js';
import { CODE_MAAT_DEFAULTS } from '../../history/options.js';
import { botMatcher, BUILT_IN_BOTS, type CommitFilter } from '../../history/filters.js';
import { isSymlinkLoop, UsageError } from '../../util/errors.js';
import { EXIT_USAGE } from '../exit-code.js';
import { outputOption } from '../options.js';
import { emit } from '../output.js';
import { sanitizeForTerminal } from '../../report/sanitize.js';
import type { CommandContext } from './context.js';

const Options = z.object({
  analysis: z.string(),
  format: z.enum(['csv', 'json']),
  output: z.string().optional(),
  group: z.string().optional(),
  minRevs: z.number().int().nonnegative(),
  minSharedRevs: z.number().int().nonnegative(),
  minCoupling: z.number().int().nonnegative(),
  maxCoupling: z.number().int().nonnegative(),
  maxChangesetSize: z.number().int().nonnegative(),
  ageTimeNow: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').optional(),
  rows: z.number().int().nonnegative().optional(),
  rev: z.array(z.string()),
  excludeRefs: z.array(z.string()),
  since: z.string().optional(),
  until: z.string().optional(),
  merges: z.boolean(),
  skipBots: z.boolean(),
  botPattern: z.array(z.string()),
  cache: z.boolean(),
  cacheDir: z.string().optional(),
  jobs: z.number().int().min(1),
});

export function mineCommand(context: CommandContext): Command {
  return new Command('mine')
    .description("run code-maat's analyses on a git repository and print code-maat's rows (all refs, all time, every author unless filtered)")
    .argument('<repo>', 'a local clone, bare or not')
    .addOption(new Option('--analysis <names>', `one of ${ANALYSIS_NAMES.join(', ')} (several, comma-separated, with --format json)`).default('authors'))
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .addOption(outputOption())
    .option('--group <file>', 'code-maat grouping file: "path => name" or "^regex$ => name" per line')
    .addOption(integer('--min-revs <n>', 'minimum revisions of an entity (coupling, soc)', CODE_MAAT_DEFAULTS.minRevs))
    .addOption(integer('--min-shared-revs <n>', 'minimum shared revisions of a pair (coupling)', CODE_MAAT_DEFAULTS.minSharedRevs))
    .addOption(integer('--min-coupling <n>', 'minimum degree of coupling in percent', CODE_MAAT_DEFAULTS.minCoupling))
    .addOption(integer('--max-coupling <n>', 'maximum degree of coupling in percent', CODE_MAAT_DEFAULTS.maxCoupling))
    .addOption(integer('--max-changeset-size <n>', 'commits changing more entities are left out of coupling', CODE_MAAT_DEFAULTS.maxChangesetSize))
    .option('--age-time-now <date>', 'time zero of the age analysis, YYYY-MM-DD (default today)')
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
    .addOption(integer('--jobs <n>', 'parallel git processes for a long history', 2))
    .action(async (repo: string, _options: unknown, command: Command) => {
      const options = Options.parse({ skipBots: false, ...command.opts() });
      const { io } = context;
      const analyses = parseAnalyses(options.analysis, options.format);
      const repoPath = resolve(io.cwd, repo);
      await stat(repoPath).catch((error: unknown) => {
        throw new UsageError(`${isSymlinkLoop(error) ? 'a symlink loop' : 'no such repository'}: ${repo}`);
      });
      const grouping = options.group === undefined ? undefined : parseGrouping(await readText(resolve(io.cwd, options.group), options.group), options.group);
      const result = await mine(repoPath, {
        analyses,
        parameters: { ...options, ...(options.ageTimeNow ? { ageTimeNow: options.ageTimeNow } : {}) },
        ...(grouping ? { grouping } : {}),
        read: { revisions: options.rev.length > 0 ? options.rev : ['--all'], excludeRefs: options.excludeRefs, jobs: options.jobs },
        ...(filterOf(options) ? { filter: filterOf(options) } : {}),
        ...(options.cache ? { reader: cachedReader(resolve(io.cwd, options.cacheDir ?? '.teamfit')) } : {}),
        now: options.ageTimeNow ? new Date(`${options.ageTimeNow}T00:00:00Z`) : new Date(),
      });
      for (const diagnostic of result.diagnostics) io.stderr(`teamfit: ${diagnostic.severity}: ${diagnostic.message} (${diagnostic.code})\n`);
      if (result.diagnostics.some((diagnostic) => diagnostic.code === 'git-missing' || diagnostic.code === 'git-not-a-repository')) {
        throw new UsageError(result.diagnostics.find((diagnostic) => diagnostic.severity === 'error')?.message ?? 'cannot read the repository');
      }
      const limit = (rows: unknown[]): number => Math.min(rows.length, options.rows ?? rows.length);
      if (options.format === 'csv') {
        const csv = [...result.tables.values()].map((table) => tableToCsv({ ...table, rows: table.rows.slice(0, limit(table.rows)) })).join('');
        // Author and file names are untrusted: on standard output their control characters are shown escaped, as
        // analyze does; a file written with --output keeps every byte of code-maat's CSV.
        await emit(io, options.output === undefined || options.output === '-' ? sanitizeForTerminal(csv) : csv, options.output);
      } else {
        await emit(io, jsonPieces(result.tables, analyses, options.rows), options.output);
      }
      if (result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) context.exitCode = EXIT_USAGE;
    });
}

// One analysis prints its rows; several print an object of them by name. Compact: the rows are long.
function* jsonPieces(tables: Map<AnalysisName, Table>, analyses: readonly AnalysisName[], rows: number | undefined): Generator<string> {
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

function filterOf(options: z.infer<typeof Options>): CommitFilter | undefined {
  const skipBots = options.skipBots || options.botPattern.length > 0;
  if (options.since === undefined && options.until === undefined && options.merges && !skipBots) return undefined;
  for (const [flag, date] of [['--since', options.since], ['--until', options.until]] as const) {
    if (date !== undefined && Number.isNaN(Date.parse(date))) throw new UsageError(`${flag}: not a date: ${date}`);
  }
  return { ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}), skipMerges: !options.merges, ...(skipBots ? { bots: botMatcher(options.botPattern) } : {}) };
}

function integer(flags: string, description: string, fallback?: number): Option {
  const option = new Option(flags, description).argParser((value: string) => {
    if (!/^\d+$/.test(value)) throw new UsageError(`${flags.split(' ')[0]}: expected a whole number, got ${value}`);
    return Number(value);
  });
  return fallback === undefined ? option : option.default(fallback);
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
