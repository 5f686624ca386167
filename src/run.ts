import type { AnalysisResult } from './result/index.js';
import type { ConfigInput } from './config/schema.js';

export interface AnalyzeOptions {
  /** Catalog files or directories. Default: the working directory. */
  paths?: string[];
  /** Base for relative paths in the result. Default: process.cwd(). */
  cwd?: string;
  /** Configuration overrides on top of the defaults. */
  config?: ConfigInput;
  /** Progress messages (to stderr in the CLI). */
  onProgress?: (message: string) => void;
}

/**
 * Analyse an organisation: load config -> ingest -> build model -> analyze -> rules -> report-ready result.
 * Throws `UsageError` only when nothing usable could be read; every other problem is a diagnostic.
 */
export async function analyze(options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  void options;
  throw new Error('not yet wired');
}
