import { relative, resolve } from 'node:path';
import { findConfigFile } from '../config/find-config.js';
import { loadConfigFile } from '../config/load-config.js';
import { defaultConfig, type Config } from '../config/schema.js';
import type { CliIo } from './io.js';

export interface CliConfig {
  config: Config;
  /** The file it came from, as shown to the user; undefined when only defaults apply. */
  file?: string;
}

/** `--config FILE` if given, else the nearest config file upward from the working directory, else the defaults. */
export async function loadCliConfig(io: CliIo, file: string | undefined): Promise<CliConfig> {
  if (file !== undefined) return { config: await loadConfigFile(resolve(io.cwd, file), file), file };
  const found = await findConfigFile(io.cwd);
  if (found === undefined) return { config: defaultConfig() };
  const shownAs = relative(io.cwd, found) || found;
  return { config: await loadConfigFile(found, shownAs), file: shownAs };
}
