import { relative, resolve } from 'node:path';
import { SCHEMA_VERSION, type AnalysisResult } from './result/index.js';
import { Config, type ConfigInput } from './config/schema.js';
import { readCatalog } from './ingest/index.js';
import { buildModel, ModelIndex } from './model/index.js';
import { analyzeOrg } from './analyze/analyze-org.js';
import { summarize } from './analyze/summarize.js';
import { runRules } from './rules/run-rules.js';
import { UsageError } from './util/errors.js';
import { VERSION } from './util/version.js';

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
 * Analyse an organisation: load config -> ingest -> build model -> analyze -> rules -> result.
 * Throws `UsageError` only when nothing usable could be read; every other problem is a diagnostic.
 */
export async function analyze(options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const cwd = options.cwd ?? process.cwd();
  const paths = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  const progress = options.onProgress ?? (() => undefined);
  const config = Config.parse(options.config ?? {});

  progress(`reading ${paths.join(', ')}`);
  const ingest = await readCatalog({ paths, cwd });
  if (ingest.entities.length === 0) {
    const first = ingest.diagnostics.find((d) => d.severity === 'error');
    const why = first ? ` (${first.file ?? ''}${first.line ? `:${first.line}:${first.column ?? 1}` : ''}: ${first.message})` : '';
    throw new UsageError(`no Backstage catalog entity found in ${paths.join(', ')}${why}`);
  }
  progress(`${ingest.entities.length} entities from ${ingest.files.length} files`);
  const { model, diagnostics: modelDiagnostics } = buildModel(ingest.entities, config);
  const index = new ModelIndex(model);
  const analysis = analyzeOrg(index, config);
  const findings = runRules({ index, analysis, config });
  const diagnostics = [...ingest.diagnostics, ...modelDiagnostics];
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'teamfit', version: VERSION },
    inputs: paths.map((path) => relative(cwd, resolve(cwd, path)) || '.'),
    model,
    systems: analysis.systems,
    teams: analysis.teams,
    findings,
    diagnostics,
    summary: summarize(model, analysis.systems, analysis.teams, findings, diagnostics),
  };
}
