import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../util/errors.js';
import { mergeConfig } from './merge-config.js';
import { Config, type ConfigInput } from './schema.js';
import { parseCheckedYaml } from './parse-checked-yaml.js';

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
  return parseCheckedYaml(text, shownAs, Config);
}

/** A small file the user wrote (a config, a plan), as text; too big or unreadable is a UsageError. */
export async function readText(path: string, shownAs: string, what = 'config'): Promise<string> {
  try {
    if ((await stat(path)).size > MAX_BYTES) throw new UsageError(`${shownAs}: ${what} file larger than 1 MiB`);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`${shownAs}: cannot read ${what}: ${code}`);
  }
}

