import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { UsageError } from '../util/errors.js';
import { describeIssues, keyPath, prototypeKeys } from './config-errors.js';
import { mergeConfig } from './merge-config.js';
import { Config, type ConfigInput } from './schema.js';
import { knownKeysAt } from './schema-keys.js';
import { placeOf } from './source-map.js';

// A config is a page of settings; anything this big is a mistake, not a config.
const MAX_BYTES = 1024 * 1024;

/** The effective config: defaults, then `file` (relative to `cwd`) if given, then `overrides`. */
export async function loadConfig(options: { cwd: string; file?: string | undefined; overrides?: ConfigInput | undefined }): Promise<Config> {
  const fromFile = options.file === undefined ? {} : await loadConfigFile(resolve(options.cwd, options.file), options.file);
  return Config.parse(mergeConfig(fromFile, options.overrides ?? {}));
}

/**
 * Read and validate a config file (YAML, or JSON, which YAML reads too, keeping positions). Every problem
 * is a UsageError naming `shownAs`, the line and column, the key path and what was expected.
 */
export async function loadConfigFile(path: string, shownAs: string): Promise<Config> {
  return withPathsFrom(parseConfigText(await readText(path, shownAs), shownAs), dirname(path));
}

/** Repository paths in a config file are relative to the file, wherever teamfit runs from. */
function withPathsFrom(config: Config, dir: string): Config {
  const repos = Object.fromEntries(Object.entries(config.git.repos).map(([ref, path]) => [ref, resolve(dir, path)]));
  return { ...config, git: { ...config.git, repos, ...(config.git.reposDir !== undefined ? { reposDir: resolve(dir, config.git.reposDir) } : {}) } };
}

export function parseConfigText(text: string, shownAs: string): Config {
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false });
  const syntax = document.errors[0];
  if (syntax !== undefined) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    throw new UsageError(`${shownAs}:${line}:${col}: ${firstLine(syntax.message)}`);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (error) {
    throw new UsageError(`${shownAs}: ${error instanceof Error ? firstLine(error.message) : String(error)}`);
  }
  const parsed = Config.safeParse(data, { reportInput: true });
  const knownKeys = (path: readonly PropertyKey[]) => knownKeysAt(Config, path);
  const found = [...prototypeKeys(data, knownKeys), ...(parsed.success ? [] : describeIssues(parsed.error.issues, knownKeys))];
  if (parsed.success && found.length === 0) return parsed.data;
  // Reported in file order, so the first message is the first thing to fix.
  const problems = found
    .map((problem) => ({ ...problem, place: placeOf(document, lines, problem.path, problem.key) }))
    .sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
  const [first, ...rest] = problems;
  if (first === undefined) throw new UsageError(`${shownAs}: invalid config`);
  const { line, column } = first.place;
  const path = keyPath(first.key === undefined ? first.path : [...first.path, first.key]);
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
  throw new UsageError(`${shownAs}:${line}:${column}: ${path}: ${first.text}${more}`);
}

async function readText(path: string, shownAs: string): Promise<string> {
  try {
    if ((await stat(path)).size > MAX_BYTES) throw new UsageError(`${shownAs}: config file larger than 1 MiB`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`${shownAs}: cannot read config: ${code}`);
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
